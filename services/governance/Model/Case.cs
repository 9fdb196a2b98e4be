using Qingmeng.Contracts;

namespace Qingmeng.Governance.Model;

/// <summary>A grievance or request (工单) handled as a closed loop; every change raises its integration event.</summary>
public sealed class Case
{
    public Guid Id { get; private set; }

    /// <summary>Human-readable number quoted on the phone and in letters, e.g. GD20260315000042.</summary>
    public string Number { get; private set; } = "";

    public CaseChannel Channel { get; private set; }

    public string ModuleCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? CreditCode { get; private set; }

    public string? ContactPhone { get; private set; }

    public CaseStatus Status { get; private set; }

    public string? Resolution { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The client's Idempotency-Key: a retried filing returns the first case instead of a second one.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>Subject of whoever filed it (a firm user, a citizen, an officer or a partner system): the case's owner.</summary>
    public string FiledBy { get; private set; } = "";

    public uint Version { get; private set; }

    private Case()
    {
    }

    public static (Case Case, CaseFiled Event) File(
        string number, CaseChannel channel, string moduleCode, string title, string description,
        string? creditCode, string? contactPhone, string? idempotencyKey, string filedBy, DateTimeOffset now)
    {
        var filed = new Case
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Channel = channel,
            ModuleCode = moduleCode,
            Title = title,
            Description = description,
            CreditCode = creditCode,
            ContactPhone = contactPhone,
            Status = CaseStatus.Accepted,
            FiledAt = now,
            IdempotencyKey = idempotencyKey,
            FiledBy = filedBy,
        };
        return (filed, new CaseFiled(filed.Id, number, channel.ToString(), moduleCode, title, creditCode) { OccurredAt = now });
    }

    /// <summary>Closes the case; returns null when it is not open (the caller answers 409 naming the state).</summary>
    public CaseClosed? Close(string resolution, DateTimeOffset now)
    {
        if (Status != CaseStatus.Accepted)
        {
            return null;
        }
        Status = CaseStatus.Closed;
        Resolution = resolution;
        ClosedAt = now;
        return new CaseClosed(Id, Number, ModuleCode, Title, resolution, CreditCode) { OccurredAt = now };
    }
}
