using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record AssignCadreRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string CadreSubject,
    [property: Required, StringLength(100, MinimumLength = 1)] string CadreName,
    [property: StringLength(16, MinimumLength = 2)] string? CadreDepartmentCode,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Plan);

public sealed record AssignmentQuery(string? CadreSubject, bool? Active, bool? Overdue);

public sealed record CadreAssignmentView(
    Guid Id, string CreditCode, string CadreSubject, string CadreName, string? CadreDepartmentCode, string Plan, DateTimeOffset AssignedAt, bool Active,
    DateTimeOffset? EndedAt, int Visits, DateTimeOffset? LastVisitedAt, DateTimeOffset VisitDueAt, bool VisitOverdue)
{
    public static CadreAssignmentView From(CadreAssignment a, DateTimeOffset now) => new(
        a.Id, a.CreditCode, a.CadreSubject, a.CadreName, a.CadreDepartmentCode, a.Plan, a.AssignedAt, a.Active, a.EndedAt, a.Visits, a.LastVisitedAt,
        a.VisitDueAt, a.IsVisitOverdue(now));
}
