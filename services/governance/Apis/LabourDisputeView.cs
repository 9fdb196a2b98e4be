using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Apis;

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

public sealed record LabourDisputeQuery(LabourDisputeStatus? Status, bool? WageArrears, Guid? GroupId);
