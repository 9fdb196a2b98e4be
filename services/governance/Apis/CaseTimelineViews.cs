using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

public sealed record CaseNoteView(Guid Id, CaseNoteKind Kind, string Author, string? DepartmentCode, string Text, DateTimeOffset At)
{
    public static CaseNoteView From(CaseNote n) => new(n.Id, n.Kind, n.Author, n.DepartmentCode, n.Text, n.At);
}

public sealed record ExtensionView(Guid Id, string DepartmentCode, int WorkingDays, string Reason, ExtensionStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt)
{
    public static ExtensionView From(CaseExtension e) => new(e.Id, e.DepartmentCode, e.WorkingDays, e.Reason, e.Status, e.RequestedAt, e.DecidedAt);
}

/// <summary>The case's timeline (every transition and progress note) and its extension requests.</summary>
public sealed record CaseTimelineView(Guid CaseId, string Number, CaseStatus Status, IReadOnlyList<CaseNoteView> Entries, IReadOnlyList<ExtensionView> Extensions);
