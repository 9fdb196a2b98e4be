using Qingmeng.PolicyMatch.Application;
using Qingmeng.PolicyMatch.Model.Guidance;

namespace Qingmeng.PolicyMatch.Apis;

public sealed record GuidanceView(
    Guid Id, string CreditCode, string PolicyCode, DateOnly GuidedOn, string GuidedBy, string GuidedByName, string? Notes,
    Guid? ClaimId, DateTimeOffset RecordedAt)
{
    public static GuidanceView From(ApplicationGuidance g) =>
        new(g.Id, g.CreditCode, g.PolicyCode, g.GuidedOn, g.GuidedBy, g.GuidedByName, g.Notes, g.ClaimId, g.RecordedAt);
}

/// <summary>
/// The year's 申报辅导 followed to the money: projects guided, how many the firm then applied for, how many of
/// those were approved (paid) and the amount paid, in yuan.
/// </summary>
public sealed record GuidedApplicationsView(int Year, int Guided, int Applied, int Approved, decimal AmountPaid)
{
    public static GuidedApplicationsView From(GuidedApplications m) => new(m.Year, m.Guided, m.Applied, m.Approved, m.AmountPaid);
}
