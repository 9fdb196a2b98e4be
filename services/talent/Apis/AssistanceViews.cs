using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record AssistanceRuleView(AssistanceType Type, string Label, decimal AnnualCapPerHousehold, IReadOnlyList<string> RequiredMaterials)
{
    public static AssistanceRuleView From(AssistanceRule r) => new(r.Type, r.Label, r.AnnualCapPerHousehold, r.RequiredMaterials);
}

public sealed record AssistancePaymentView(Guid Id, decimal Amount, string Reference, DateTimeOffset PaidAt)
{
    public static AssistancePaymentView From(AssistancePayment p) => new(p.Id, p.Amount, p.Reference, p.PaidAt);
}

public sealed record AssistanceView(
    Guid Id, Guid HouseholdId, AssistanceType Type, string TypeLabel, int Year, decimal RequestedAmount, string Reason, IReadOnlyList<string> Materials,
    AssistanceStatus Status, DateTimeOffset SubmittedAt, string? ReviewedBy, DateTimeOffset? ReviewedAt, decimal? ApprovedAmount, string? ReviewNote,
    AssistancePaymentView? Payment)
{
    public static AssistanceView From(AssistanceApplication a, AssistancePayment? payment) => new(
        a.Id, a.HouseholdId, a.Type, AssistanceRules.For(a.Type).Label, a.Year, a.RequestedAmount, a.Reason, a.Materials, a.Status, a.SubmittedAt,
        a.ReviewedBy, a.ReviewedAt, a.ApprovedAmount, a.ReviewNote, payment is null ? null : AssistancePaymentView.From(payment));
}
