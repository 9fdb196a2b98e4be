using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record FileLabourDisputeRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string ApplicantName,
    [property: Required, ResidentId] string ApplicantIdNumber,
    [property: MobileNumber] string? ApplicantPhone,
    [property: Required, UnifiedSocialCreditCode] string RespondentCreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string RespondentName,
    [property: Required] LabourClaimType? ClaimType,
    [property: Range(0, 100_000_000)] decimal ClaimedAmount,
    [property: Required] bool? WageArrears,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Facts,
    [property: Range(1, 10_000)] int WorkerCount = 1,
    Guid? CaseId = null);

public sealed record RefuseLabourDisputeRequest(
    [property: Required] LabourRefusalReason? ReasonCode,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record LabourExtensionRequest(
    [property: Range(1, LabourDeadlines.MaxExtensionDays)] int Days,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record LabourAwardRequest(
    [property: Required] LabourAwardOutcome? Outcome,
    [property: Range(0, 100_000_000)] decimal? AwardedAmount,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Summary);

public sealed record LabourPerformedRequest(
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record LabourCourtReferralRequest(
    [property: Required] LabourCourtRoute? Route,
    [property: Required, StringLength(200, MinimumLength = 2)] string CourtName,
    [property: Required, StringLength(50, MinimumLength = 2)] string LiaisonOfficer);

public sealed record LabourCourtStageRequest(
    [property: Required] LabourCourtStage? Stage,
    [property: StringLength(1000)] string? Note = null);

public sealed record ResolveLabourWarningRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Resolution);

public sealed record LabourWarningQuery(bool? Resolved, [property: UnifiedSocialCreditCode] string? CreditCode);

/// <summary>A 前置预警 as the arbitration commission sees it.</summary>
public sealed record LabourWarningView(
    Guid Id,
    string CreditCode,
    IReadOnlyList<LabourWarningTrigger> Triggers,
    int WageArrearsCount,
    int ComplaintCount,
    int WorkerCount,
    DateTimeOffset RaisedAt,
    Guid CaseId,
    string CaseNumber,
    DateTimeOffset? ResolvedAt,
    string? Resolution)
{
    public static LabourWarningView From(LabourEarlyWarning w) => new(
        w.Id, w.CreditCode, w.Triggers, w.WageArrearsCount, w.ComplaintCount, w.WorkerCount, w.RaisedAt, w.CaseId, w.CaseNumber, w.ResolvedAt, w.Resolution);
}

public sealed record LabourDisputeQuery(LabourDisputeStatus? Status, bool? WageArrears, Guid? GroupId);

/// <summary>A dispute as callers see it: the resident ID is always masked; the phone is masked for the respondent firm.</summary>
public sealed record LabourDisputeView(
    Guid Id,
    string Number,
    string ApplicantName,
    string ApplicantIdMasked,
    string? ApplicantPhone,
    string RespondentCreditCode,
    string RespondentName,
    LabourClaimType ClaimType,
    decimal ClaimedAmount,
    bool WageArrears,
    int WorkerCount,
    Guid? GroupId,
    string Facts,
    LabourDisputeStatus Status,
    DateTimeOffset FiledAt,
    DateTimeOffset AcceptanceDueAt,
    DateTimeOffset? DecidedAt,
    bool? DecidedLate,
    LabourRefusalReason? RefusalReason,
    string? RefusalNote,
    DateTimeOffset? AwardDueAt,
    int? ExtensionDays,
    string? ExtensionReason,
    bool? ExtensionApproved,
    DateTimeOffset? AwardedAt,
    bool? AwardedLate,
    LabourAwardOutcome? AwardOutcome,
    decimal? AwardedAmount,
    string? AwardSummary,
    DateTimeOffset? CurrentDeadline,
    bool Overdue,
    // The current deadline falls in a year whose holiday schedule is not confirmed yet: it may still move.
    bool Provisional,
    Guid? CaseId,
    DateTimeOffset? SuitDeadline,
    DateTimeOffset? PerformanceDueAt,
    LabourCourtRoute? CourtRoute,
    string? CourtName,
    string? LiaisonOfficer,
    DateTimeOffset? HandedToCourtAt,
    LabourCourtStage? CourtStage,
    DateTimeOffset? CourtStageDueAt,
    DateTimeOffset? CourtRegisteredAt,
    DateTimeOffset? CourtJudgedAt,
    DateTimeOffset? CourtEnforcedAt,
    DateTimeOffset? ClosedAt,
    LabourClosure? Closure,
    string? ClosureNote)
{
    public static LabourDisputeView From(LabourDispute d, PlatformUser viewer, DateTimeOffset now, WorkingDayCalendar calendar) => new(
        d.Id, d.Number, d.ApplicantName, d.ApplicantIdMasked,
        d.ApplicantPhone is null ? null : LabourAccess.SeesContactInClear(viewer, d) ? d.ApplicantPhone : MobileNumber.Mask(d.ApplicantPhone),
        d.RespondentCreditCode, d.RespondentName, d.ClaimType, d.ClaimedAmount, d.WageArrears, d.WorkerCount, d.GroupId, d.Facts,
        d.Status, d.FiledAt, d.AcceptanceDueAt, d.DecidedAt, d.DecidedLate, d.RefusalReason, d.RefusalNote, d.AwardDueAt,
        d.ExtensionDays, d.ExtensionReason, d.ExtensionApproved, d.AwardedAt, d.AwardedLate, d.AwardOutcome, d.AwardedAmount, d.AwardSummary,
        d.CurrentDeadline, d.IsOverdue(now),
        d.CurrentDeadline is { } deadline && calendar.IsProvisional(deadline),
        d.CaseId, d.SuitDeadline, d.PerformanceDueAt, d.CourtRoute, d.CourtName, d.LiaisonOfficer, d.HandedToCourtAt, d.CourtStage,
        d.CourtStageDueAt, d.CourtRegisteredAt, d.CourtJudgedAt, d.CourtEnforcedAt, d.ClosedAt, d.Closure, d.ClosureNote);
}

/// <summary>
/// The labour-dispute arbitration commission sits in 人社局 (RSJ): its officers file at the window, decide and award.
/// Workers (citizens) see the applications they filed; the respondent firm sees the claims against it once accepted
/// (when the application is served on it, 第三十条), never another firm's; the centre and administrators read everything.
/// </summary>
public static class LabourAccess
{
    public const string ArbitrationDepartmentCode = LabourDispute.ArbitrationDepartmentCode;

    public static bool IsArbitrationOfficer(PlatformUser user) =>
        user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == ArbitrationDepartmentCode;

    public static void CanFile(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInAnyRole(PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    /// <summary>前置预警: the arbitration commission, the centre and administrators.</summary>
    public static void ReadsWarnings(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    public static void CanRead(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInAnyRole(PlatformRoles.Citizen, PlatformRoles.Firm, PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    /// <summary>受理、不予受理、延期申请、裁决: the arbitration officers.</summary>
    public static void Arbitrates(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context => IsArbitrationOfficer(PlatformUser.From(context.User)));

    /// <summary>The extension decision: the commission's director (another arbitration officer) or an administrator.</summary>
    public static void DecidesExtensions(AuthorizationPolicyBuilder policy) => policy.RequireAssertion(context =>
    {
        var user = PlatformUser.From(context.User);
        return user.IsInRole(PlatformRoles.Admin) || IsArbitrationOfficer(user);
    });

    public static IQueryable<LabourDispute> VisibleTo(this IQueryable<LabourDispute> disputes, PlatformUser user)
    {
        if (user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user))
        {
            return disputes;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return disputes.Where(d => d.RespondentCreditCode == creditCode
                && d.Status != LabourDisputeStatus.Filed && d.Status != LabourDisputeStatus.Refused);
        }
        if (user.IsInRole(PlatformRoles.Citizen))
        {
            return disputes.Where(d => d.FiledBy == user.Subject);
        }
        return disputes.Where(_ => false);
    }

    public static bool SeesContactInClear(PlatformUser user, LabourDispute d) =>
        d.FiledBy == user.Subject || user.IsInAnyRole(PlatformRoles.Dispatcher, PlatformRoles.Admin) || IsArbitrationOfficer(user);

    /// <summary>The same worker across applications without keeping the number: a digest of the normalised resident ID.</summary>
    public static string ApplicantKey(string normalisedResidentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("qingmeng-governance:" + normalisedResidentId)));
}
