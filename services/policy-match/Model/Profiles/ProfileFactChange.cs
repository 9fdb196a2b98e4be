using System.Text.Json;
using System.Text.Json.Serialization;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>Append-only history of a profile: what changed, from what to what, on whose word, when.</summary>
public sealed class ProfileFactChange
{
    public long Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string Field { get; private set; } = "";

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public string Source { get; private set; } = "";

    public string? Reference { get; private set; }

    /// <summary>The event that asserted the change, when one did.</summary>
    public Guid? EventId { get; private set; }

    /// <summary>The officer or firm user who asserted it, when a person did.</summary>
    public string? AssertedBy { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private ProfileFactChange()
    {
    }

    internal static ProfileFactChange Record(
        string creditCode, string field, JsonElement? oldValue, JsonElement? newValue, FactOrigin origin, DateTimeOffset now) => new()
        {
            CreditCode = creditCode,
            Field = field,
            OldValue = oldValue?.GetRawText(),
            NewValue = newValue?.GetRawText(),
            Source = origin.Source,
            Reference = origin.Reference ?? origin.By,
            EventId = origin.EventId,
            AssertedBy = origin.By,
            AsOf = origin.AsOf,
            RecordedAt = now,
        };
}
