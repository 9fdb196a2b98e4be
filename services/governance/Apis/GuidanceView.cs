using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record GuidanceView(
    Guid Id, string CreditCode, string DepartmentCode, string Matters, GuidanceStatus Status, DateTimeOffset NotifiedAt,
    DateTimeOffset SelfCorrectionDueAt, DateTimeOffset? SelfCorrectedAt, string? SelfCorrectionReport, bool? SelfCorrectedOnTime,
    bool Overdue, DateTimeOffset? OverdueFlaggedAt, DateTimeOffset? InspectedAt, bool? Compliant, string? InspectionNote,
    // The self-correction period ends in a year whose holiday schedule is not confirmed yet: it may still move.
    bool Provisional)
{
    public static GuidanceView From(Guidance g, DateTimeOffset now, WorkingDayCalendar calendar) => new(
        g.Id, g.CreditCode, g.DepartmentCode, g.Matters, g.Status, g.NotifiedAt, g.SelfCorrectionDueAt, g.SelfCorrectedAt,
        g.SelfCorrectionReport, g.SelfCorrectedOnTime, g.IsOverdue(now), g.OverdueFlaggedAt, g.InspectedAt, g.Compliant, g.InspectionNote,
        g.Status == GuidanceStatus.Notified && calendar.IsProvisional(g.SelfCorrectionDueAt));
}

public sealed record GuidanceQuery(GuidanceStatus? Status, bool? Overdue);
