using System.Text.Json;
using System.Text.Json.Serialization;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>Who asserts a fact being written, and the time it holds at.</summary>
public sealed record FactOrigin(string Source, string? Reference, DateTimeOffset AsOf, Guid? EventId = null, string? By = null, string? ByName = null)
{
    /// <summary>Another service's event: applied by its time, so an older one never overwrites a newer fact.</summary>
    public static FactOrigin FromEvent(string source, IntegrationEvent message, string? reference) =>
        new(source, reference, message.OccurredAt, message.EventId);

    public static FactOrigin Officer(PlatformUser officer, DateTimeOffset now) =>
        new(FactSources.Officer, null, now, By: officer.Subject, ByName: officer.Name);

    public static FactOrigin Declaration(PlatformUser firmUser, DateTimeOffset now) =>
        new(FactSources.Firm, null, now, By: firmUser.Subject, ByName: firmUser.Name);
}
