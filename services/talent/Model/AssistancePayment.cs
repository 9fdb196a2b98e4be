namespace Qingmeng.Talent.Model;

/// <summary>The payment (发放) of an approved application: one per application, never above the approved amount, its bank reference unique.</summary>
public sealed class AssistancePayment
{
    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public decimal Amount { get; private set; }

    public string Reference { get; private set; } = "";

    public string PaidBy { get; private set; } = "";

    public DateTimeOffset PaidAt { get; private set; }

    private AssistancePayment()
    {
    }

    public static AssistancePayment Record(AssistanceApplication application, decimal amount, string reference, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ApplicationId = application.Id,
        Amount = amount,
        Reference = reference,
        PaidBy = by,
        PaidAt = now,
    };
}
