namespace Qingmeng.PolicyMatch.Model;

/// <summary>
/// Something firms needed, learnt from another service (a closed case today; consultant questions later):
/// officers read these to see where policies are missing.
/// </summary>
public sealed class DemandSignal
{
    public Guid Id { get; private set; }

    /// <summary>The integration event this signal came from.</summary>
    public Guid SourceEventId { get; private set; }

    public DemandSignalSource Source { get; private set; }

    public string Reference { get; private set; } = "";

    public string Topic { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Detail { get; private set; }

    public string? CreditCode { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private DemandSignal()
    {
    }

    public static DemandSignal FromClosedCase(
        Guid eventId, string caseNumber, string moduleCode, string title, string resolution, string? creditCode,
        DateTimeOffset occurredAt, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            SourceEventId = eventId,
            Source = DemandSignalSource.ClosedCase,
            Reference = caseNumber,
            Topic = moduleCode,
            Title = title,
            Detail = resolution,
            CreditCode = creditCode,
            OccurredAt = occurredAt,
            RecordedAt = now,
        };
}

public enum DemandSignalSource
{
    /// <summary>A governance case (工单) was closed.</summary>
    ClosedCase,
}
