using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Governance.Apis;

public sealed record CreditRepairView(
    Guid Id, Guid PenaltyId, string PenaltyReference, string CreditCode, string? DepartmentCode, CreditRepairStatus Status,
    string Commitment, IReadOnlyList<CreditRepairEvidenceItem> Evidence, DateTimeOffset AppliedAt,
    DateTimeOffset? DecidedAt, string? DecidedBy, string? DecisionReason, DateOnly? RepairedOn)
{
    public static CreditRepairView From(CreditRepairApplication a) => new(
        a.Id, a.PenaltyId, a.PenaltyReference, a.CreditCode, a.DepartmentCode, a.Status, a.Commitment,
        [.. a.Evidence.Select(e => new CreditRepairEvidenceItem(e.Description, e.Reference))], a.AppliedAt, a.DecidedAt, a.DecidedBy, a.DecisionReason,
        a.Status == CreditRepairStatus.Granted && a.DecidedAt is { } decidedAt ? ChinaTime.ToChinaDate(decidedAt) : null);
}

public sealed record CreditRepairQuery(CreditRepairStatus? Status, string? CreditCode);
