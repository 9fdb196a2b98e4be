using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Profiles;
using static PolicyMatch.Tests.TestPolicies;

namespace PolicyMatch.Tests;

public sealed class FirmProfileTests
{
    [Fact]
    public void Facts_keep_their_source_and_time_and_changes_are_recorded()
    {
        var profile = FirmProfile.Learnt("91350100M000100Y43", Now);

        var first = profile.Increment(ProfileFields.LoanAmount, 500_000m, FactSources.LoanDisbursed, "loan-1", Now, Now);
        var second = profile.Increment(ProfileFields.LoanAmount, 300_000m, FactSources.LoanDisbursed, "loan-2", Now.AddDays(1), Now.AddDays(1));

        Assert.Equal(800_000m, profile.Number(ProfileFields.LoanAmount));
        var fact = profile.Facts[ProfileFields.LoanAmount];
        Assert.Equal((FactSources.LoanDisbursed, "loan-2", Now.AddDays(1)), (fact.Source, fact.Reference, fact.AsOf));
        Assert.Null(first!.OldValue);
        Assert.Equal(("500000", "800000"), (second!.OldValue, second.NewValue));
    }

    [Fact]
    public void Setting_the_same_value_again_is_no_change_and_removing_a_fact_makes_it_unknown()
    {
        var profile = FirmProfile.Learnt("91350100M000100Y43", Now);
        profile.SetFact(ProfileFields.CreditStanding, Json("A"), FactSources.Firm, null, Now, Now);

        Assert.Null(profile.SetFact(ProfileFields.CreditStanding, Json("A"), FactSources.Officer, null, Now, Now));
        Assert.True(profile.ToFacts().TryGet(ProfileFields.CreditStanding, out _));

        Assert.NotNull(profile.RemoveFact(ProfileFields.CreditStanding, FactSources.Firm, Now));
        Assert.False(profile.ToFacts().TryGet(ProfileFields.CreditStanding, out _));
    }

    [Fact]
    public void Profile_facts_are_read_by_the_rule_engine_with_their_kinds()
    {
        var profile = FirmProfile.Learnt("91350100M000100Y43", Now);
        profile.SetFact(ProfileFields.RdRatio, Json(3.5m), FactSources.Firm, null, Now, Now);
        profile.SetFact(ProfileFields.IpWhitelisted, Json(true), FactSources.WhitelistChanged, null, Now, Now);
        profile.SetFact(ProfileFields.RegisteredOn, Json("2020-02-02"), FactSources.Firm, null, Now, Now);
        profile.SetFact(ProfileFields.Certifications, Json(new[] { "高新技术企业" }), FactSources.Firm, null, Now, Now);

        var facts = profile.ToFacts();

        Assert.True(facts.TryGet(ProfileFields.RdRatio, out var ratio) && ratio is 3.5m);
        Assert.True(facts.TryGet(ProfileFields.IpWhitelisted, out var flag) && flag is true);
        Assert.True(facts.TryGet(ProfileFields.RegisteredOn, out var date) && date is DateOnly d && d == new DateOnly(2020, 2, 2));
        Assert.True(facts.TryGet(ProfileFields.Certifications, out var set) && set is ISet<string> s && s.Contains("高新技术企业"));
    }

    [Theory]
    [InlineData("rdRatio", "3.5", true)]
    [InlineData("rdRatio", "-1", false)]
    [InlineData("rdRatio", "\"3%\"", false)]
    [InlineData("ipWhitelisted", "true", true)]
    [InlineData("registeredOn", "\"2020-13-01\"", false)]
    [InlineData("certifications", "[\"高新技术企业\"]", true)]
    [InlineData("certifications", "\"高新技术企业\"", false)]
    [InlineData("shoeSize", "42", false)]
    public void Only_known_fields_with_values_of_their_kind_can_be_stored(string field, string json, bool ok)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(ok, ProfileFields.Problem(field, document.RootElement) is null);
    }
}
