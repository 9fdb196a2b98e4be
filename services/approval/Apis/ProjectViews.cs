using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Apis;

public sealed record ProjectSummary(
    Guid Id,
    string Name,
    string CreditCode,
    string FirmName,
    decimal InvestmentAmount,
    string IndustryCode,
    bool IsKeyProject,
    ProjectSource Source,
    ProjectStatus Status,
    string AgentSubject,
    string AgentName,
    DateTimeOffset RegisteredAt,
    DateOnly? ReadyOn,
    DateOnly? PredictedGroundbreaking,
    // The predicted date rests on a year whose holiday schedule is not confirmed yet.
    bool Provisional)
{
    public static ProjectSummary From(Project p, WorkingDayCalendar calendar) => new(
        p.Id, p.Name, p.CreditCode, p.FirmName, p.InvestmentAmount, p.IndustryCode, p.IsKeyProject, p.Source, p.Status,
        p.AgentSubject, p.AgentName, p.RegisteredAt, p.ReadyOn, p.PredictedGroundbreaking,
        p.PredictedGroundbreaking is { } predicted && calendar.IsProvisional(predicted));
}

public sealed record DelegationView(Guid Id, string AgentSubject, string GrantedBy, string Scope, DateTimeOffset GrantedAt, DateTimeOffset? EndedAt, string? EndReason)
{
    public static DelegationView From(Delegation d) => new(d.Id, d.AgentSubject, d.GrantedBy, d.Scope, d.GrantedAt, d.EndedAt, d.EndReason);
}

public sealed record HandoverView(string FromAgent, string ToAgent, string Reason, string RecordedBy, DateTimeOffset At)
{
    public static HandoverView From(Handover h) => new(h.FromAgent, h.ToAgent, h.Reason, h.RecordedBy, h.At);
}
