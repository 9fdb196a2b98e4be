using System.Text.Json;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>The firm register's facts as one value, whichever event carried them.</summary>
internal sealed record FirmRegisterFacts(string CreditCode, string Name, string IndustryCode, string SizeClass, string Location, DateOnly RegisteredOn)
{
    public static FirmRegisterFacts Of(FirmRegistered e) => new(e.CreditCode, e.Name, e.IndustryCode, e.SizeClass, e.Location, e.RegisteredOn);

    public static FirmRegisterFacts Of(FirmUpdated e) => new(e.CreditCode, e.Name, e.IndustryCode, e.SizeClass, e.Location, e.RegisteredOn);
}

/// <summary>Learns the firm register's facts into the profile (FirmRegistered, FirmUpdated); re-matches through the profile service.</summary>
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
