using Qingmeng.PolicyMatch.Model.Guidance;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>What to record: one firm guided to apply for one policy's funds on a China date.</summary>
public sealed record GuidanceEntry(string CreditCode, string PolicyCode, DateOnly GuidedOn, string? Notes);

/// <summary>The guidance recorded, and whether this call recorded it (false: an earlier call with the same key did).</summary>
public sealed record GuidanceRecorded(ApplicationGuidance Guidance, bool Created);

/// <summary>
/// The year's guided projects followed to the money: how many the firm then applied for (a claim for the policy on or
/// after the day of the guidance), how many of those were approved and paid, and the amount paid.
/// </summary>
public sealed record GuidedApplications(int Year, int Guided, int Applied, int Approved, decimal AmountPaid);
