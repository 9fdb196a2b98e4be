using System.Text.Json;
using System.Text.Json.Serialization;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>
/// A fact on a firm's profile and who asserted it: a service event (its source "service:EventType" and id), an
/// officer (subject, name), or the firm's own declaration (verified or not); <see cref="AsOf"/> is the time the
/// fact holds at (the event's time), <see cref="RecordedAt"/> when the profile learnt it.
/// </summary>
public sealed record ProfileFact(JsonElement Value, string Source, string? Reference, DateTimeOffset AsOf)
{
    public Guid? EventId { get; init; }

    public string? AssertedBy { get; init; }

    public string? AssertedByName { get; init; }

    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>For a declaration an officer checked: who verified it, and when.</summary>
    public string? VerifiedBy { get; init; }

    public string? VerifiedByName { get; init; }

    public DateTimeOffset? VerifiedAt { get; init; }

    /// <summary>Whether money may move on this fact without a review: an event, an officer, or a verified declaration.</summary>
    [JsonIgnore]
    public bool IsAuthoritative => FactSources.IsAuthoritative(Source);
}
