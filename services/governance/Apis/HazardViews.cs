using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record HazardView(
    Guid Id, string CreditCode, string DepartmentCode, HazardSeverity Severity, string Description, string? Place, bool SelfReported,
    DateTimeOffset ReportedAt, HazardStatus Status, DateTimeOffset RectificationDueAt, bool Overdue, DateTimeOffset? RectificationReportedAt,
    string? RectificationReport, int FailedReinspections, DateTimeOffset? LastReinspectedAt, string? LastReinspectionNote, DateTimeOffset? ClosedAt,
    int Escalations, Guid? SupervisionCaseId,
    // The open rectification deadline falls in a year whose holiday schedule is not confirmed yet: it may still move.
    bool Provisional)
{
    public static HazardView From(Hazard h, DateTimeOffset now, WorkingDayCalendar calendar) => new(
        h.Id, h.CreditCode, h.DepartmentCode, h.Severity, h.Description, h.Place, h.SelfReported, h.ReportedAt, h.Status, h.RectificationDueAt,
        h.IsOverdue(now), h.RectificationReportedAt, h.RectificationReport, h.FailedReinspections, h.LastReinspectedAt, h.LastReinspectionNote,
        h.ClosedAt, h.Escalations, h.SupervisionCaseId, h.Status == HazardStatus.Open && calendar.IsProvisional(h.RectificationDueAt));
}

/// <summary>安全生产 in figures: reported, closed, open, overdue, failed re-inspections and escalations.</summary>
public sealed record HazardSummaryView(int Reported, int SelfReported, int Major, int Closed, int Open, int Overdue, int FailedReinspections, int Escalated);

public sealed record HazardQuery(HazardStatus? Status, HazardSeverity? Severity, bool? Overdue, string? CreditCode);
