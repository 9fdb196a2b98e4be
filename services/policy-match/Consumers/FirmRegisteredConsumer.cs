using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// A firm entered the zone's register (governance): its profile learns the registered name, industry, size, location and
/// registration date as authoritative facts. Processed once (inbox); re-matches the firm.
/// </summary>
public sealed class FirmRegisteredConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<FirmRegistered, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(FirmRegistered message, CancellationToken cancellationToken) =>
        RegisterFacts.LearnAsync(profiles, FirmRegisterFacts.Of(message), FactOrigin.FromEvent(FactSources.FirmRegistered, message, message.CreditCode), cancellationToken);
}

/// <summary>A registered firm's facts were corrected: the profile follows (an older event never overwrites a newer fact).</summary>
public sealed class FirmUpdatedConsumer(IServiceProvider services, ProfileService profiles)
    : InboxConsumer<FirmUpdated, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(FirmUpdated message, CancellationToken cancellationToken) =>
        RegisterFacts.LearnAsync(profiles, FirmRegisterFacts.Of(message), FactOrigin.FromEvent(FactSources.FirmUpdated, message, message.CreditCode), cancellationToken);
}

/// <summary>The firm register's facts as one value, whichever event carried them.</summary>
internal sealed record FirmRegisterFacts(string CreditCode, string Name, string IndustryCode, string SizeClass, string Location, DateOnly RegisteredOn)
{
    public static FirmRegisterFacts Of(FirmRegistered e) => new(e.CreditCode, e.Name, e.IndustryCode, e.SizeClass, e.Location, e.RegisteredOn);

    public static FirmRegisterFacts Of(FirmUpdated e) => new(e.CreditCode, e.Name, e.IndustryCode, e.SizeClass, e.Location, e.RegisteredOn);
}

internal static class RegisterFacts
{
    public static Task LearnAsync(ProfileService profiles, FirmRegisterFacts facts, FactOrigin origin, CancellationToken cancellationToken) =>
        profiles.LearnAsync(facts.CreditCode, (profile, now) =>
        {
            var newest = !profile.Facts.TryGetValue(ProfileFields.IndustryCode, out var industry) || industry.AsOf <= origin.AsOf;
            if (newest)
            {
                profile.LearnName(facts.Name, now);
            }
            return
            [
                profile.SetFact(ProfileFields.IndustryCode, JsonSerializer.SerializeToElement(facts.IndustryCode), origin, now),
                profile.SetFact(ProfileFields.SizeClass, JsonSerializer.SerializeToElement(facts.SizeClass), origin, now),
                profile.SetFact(ProfileFields.Location, JsonSerializer.SerializeToElement(facts.Location), origin, now),
                profile.SetFact(ProfileFields.RegisteredOn, JsonSerializer.SerializeToElement(facts.RegisteredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), origin, now),
            ];
        }, cancellationToken);
}
