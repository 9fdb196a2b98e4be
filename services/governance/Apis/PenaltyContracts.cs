using System.ComponentModel.DataAnnotations;
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
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.ServiceDefaults.Data;

using RecordPenaltyResult = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.PenaltyView>,
    Microsoft.AspNetCore.Http.HttpResults.Created<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.Ok<Qingmeng.Governance.Apis.LenientDecisionView>,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace Qingmeng.Governance.Apis;

public sealed record RecordPenaltyRequest(
    [property: Required, StringLength(100, MinimumLength = 4)] string Reference,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required] PenaltyCategory? Category,
    [property: Range(0, 100_000_000)] decimal FineAmount,
    [property: Required] DateOnly? DecidedOn,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Description,
    // 包容审慎: the list entry the offence may fall under; then harm and timely correction are required.
    [property: StringLength(32)] string? LenientRuleCode = null,
    HarmLevel? Harm = null,
    bool? CorrectedInTime = null,
    [property: Range(0, 100_000_000)] decimal IllegalGainYuan = 0);

public sealed record PenaltyQuery(string? CreditCode, bool? Repaired);

public sealed record PenaltyView(
    Guid Id, string Reference, string CreditCode, PenaltyCategory Category, decimal FineAmount, DateOnly DecidedOn, string Description,
    string? DepartmentCode, DateTimeOffset RecordedAt, int MinimumPublicityMonths, DateOnly EarliestRepairDate, DateOnly? RepairedOn)
{
    public static PenaltyView From(Penalty p) => new(
        p.Id, p.Reference, p.CreditCode, p.Category, p.FineAmount, p.DecidedOn, p.Description, p.DepartmentCode, p.RecordedAt,
        CreditRepairRules.MinimumPublicityMonths(p.Category), CreditRepairRules.EarliestRepairDate(p.Category, p.DecidedOn), p.RepairedOn);
}
