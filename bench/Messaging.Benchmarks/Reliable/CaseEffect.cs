namespace Qingmeng.Benchmarks.Messaging.Reliable;

/// <summary>The consumer's effect: one row per event, written in the same transaction as the inbox row.</summary>
public sealed class CaseEffect
{
    public Guid EventId { get; set; }

    public string CaseKey { get; set; } = "";

    public string Status { get; set; } = "";

    public decimal Amount { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
