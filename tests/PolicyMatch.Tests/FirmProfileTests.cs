using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Authentication;
using static PolicyMatch.Tests.TestPolicies;

namespace PolicyMatch.Tests;

public sealed class FirmProfileTests
{
    private static readonly PlatformUser OfficerUser = new("policy-officer-1", "黄政策", new HashSet<string> { PlatformRoles.PolicyOfficer }, null, false, null, null, null);
    private static readonly FactOrigin Officer = FactOrigin.Officer(OfficerUser, Now);
    private static readonly FactOrigin Declaration = new(FactSources.Firm, null, Now, By: "firm-admin", ByName: "企业管理员");

    private static FactOrigin Event(string source, string? reference, DateTimeOffset at) => new(source, reference, at, Guid.NewGuid());

    [Fact]
    public void An_older_event_never_overwrites_a_newer_fact_whatever_the_delivery_order()
    {
        var profile = FirmProfile.Learnt("91350500MA31GJ8K73", Now);
        var newer = Event(FactSources.WhitelistChanged, "移出", Now.AddHours(2));

        profile.SetFact(ProfileFields.IpWhitelisted, Json(false), newer, Now);
        var late = profile.SetFact(ProfileFields.IpWhitelisted, Json(true), Event(FactSources.WhitelistChanged, "入选", Now.AddHours(1)), Now);

        Assert.Null(late);
        var fact = profile.Facts[ProfileFields.IpWhitelisted];
        Assert.Equal((false, newer.EventId), (fact.Value.GetBoolean(), fact.EventId));
    }

    [Fact]
    public void A_declaration_stands_beside_the_authoritative_fact_and_never_replaces_it_until_an_officer_verifies_it()
    {
        var profile = FirmProfile.Learnt("91350500MA31GJ8K73", Now);
        profile.SetFact(ProfileFields.Employees, Json(30m), Officer, Now);

        profile.Declare(ProfileFields.Employees, Json(300m), Declaration, Now);
        profile.Declare(ProfileFields.AnnualRevenue, Json(5_000_000m), Declaration, Now);

        Assert.Equal(30m, profile.Number(ProfileFields.Employees));
        Assert.True(profile.ToFacts(FactTrust.WithDeclarations).TryGet(ProfileFields.Employees, out var employees) && employees is 30m);
        Assert.True(profile.ToFacts(FactTrust.WithDeclarations).TryGet(ProfileFields.AnnualRevenue, out _));
        Assert.False(profile.ToFacts(FactTrust.AuthoritativeOnly).TryGet(ProfileFields.AnnualRevenue, out _));

        Assert.NotNull(profile.VerifyDeclaration(ProfileFields.AnnualRevenue, OfficerUser, Now));
        var verified = profile.Facts[ProfileFields.AnnualRevenue];
        Assert.Equal((FactSources.VerifiedDeclaration, "firm-admin", "policy-officer-1"), (verified.Source, verified.AssertedBy, verified.VerifiedBy));
        Assert.True(profile.ToFacts(FactTrust.AuthoritativeOnly).TryGet(ProfileFields.AnnualRevenue, out _));
        Assert.Null(profile.VerifyDeclaration(ProfileFields.AnnualRevenue, OfficerUser, Now));
    }

    [Theory]
    [InlineData("ipWhitelisted", FieldOwner.Finance)]
    [InlineData("loanAmount", FieldOwner.Finance)]
    [InlineData("penaltiesLast12Months", FieldOwner.Governance)]
    [InlineData("creditRepaired", FieldOwner.Governance)]
    [InlineData("creditStanding", FieldOwner.Governance)]
    [InlineData("casesClosed", FieldOwner.Governance)]
    [InlineData("newHires", FieldOwner.Talent)]
    [InlineData("certifiedTalents", FieldOwner.Talent)]
    [InlineData("highLevelTalents", FieldOwner.Talent)]
    [InlineData("projectsReadyForConstruction", FieldOwner.Approval)]
    [InlineData("certifications", FieldOwner.Officer)]
    [InlineData("annualRevenue", FieldOwner.FirmDeclaration)]
    [InlineData("rdExpense", FieldOwner.FirmDeclaration)]
    [InlineData("employees", FieldOwner.FirmDeclaration)]
    [InlineData("exportValue", FieldOwner.FirmDeclaration)]
    public void Every_field_has_the_owner_the_catalogue_gives_it(string field, FieldOwner owner) =>
        Assert.Equal(owner, ProfileFields.Find(field)!.Owner);

    [Fact]
    public void Facts_keep_their_source_and_time_and_changes_are_recorded()
    {
        var profile = FirmProfile.Learnt("91350500MA31GJ8K73", Now);

        var first = profile.Increment(ProfileFields.LoanAmount, 500_000m, Event(FactSources.LoanDisbursed, "loan-1", Now), Now);
        var second = profile.Increment(ProfileFields.LoanAmount, 300_000m, Event(FactSources.LoanDisbursed, "loan-2", Now.AddDays(1)), Now.AddDays(1));

        Assert.Equal(800_000m, profile.Number(ProfileFields.LoanAmount));
        var fact = profile.Facts[ProfileFields.LoanAmount];
        Assert.Equal((FactSources.LoanDisbursed, "loan-2", Now.AddDays(1)), (fact.Source, fact.Reference, fact.AsOf));
        Assert.Null(first!.OldValue);
        Assert.Equal(("500000", "800000"), (second!.OldValue, second.NewValue));
    }

    [Fact]
    public void Setting_the_same_value_again_is_no_change_and_removing_a_fact_makes_it_unknown()
    {
        var profile = FirmProfile.Learnt("91350500MA31GJ8K73", Now);
        profile.SetFact(ProfileFields.CreditStanding, Json("A"), Officer, Now);

        Assert.Null(profile.SetFact(ProfileFields.CreditStanding, Json("A"), Officer, Now));
        Assert.True(profile.ToFacts(FactTrust.AuthoritativeOnly).TryGet(ProfileFields.CreditStanding, out _));

        Assert.NotNull(profile.RemoveFact(ProfileFields.CreditStanding, Officer, Now));
        Assert.False(profile.ToFacts(FactTrust.WithDeclarations).TryGet(ProfileFields.CreditStanding, out _));
    }

    [Fact]
    public void Profile_facts_are_read_by_the_rule_engine_with_their_kinds()
    {
        var profile = FirmProfile.Learnt("91350500MA31GJ8K73", Now);
        profile.Declare(ProfileFields.RdRatio, Json(3.5m), Declaration, Now);
        profile.SetFact(ProfileFields.IpWhitelisted, Json(true), Event(FactSources.WhitelistChanged, null, Now), Now);
        profile.SetFact(ProfileFields.RegisteredOn, Json("2020-02-02"), Officer, Now);
        profile.SetFact(ProfileFields.Certifications, Json(new[] { "高新技术企业" }), Officer, Now);

        var facts = profile.ToFacts(FactTrust.WithDeclarations);

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
    [InlineData("certifications", "[\"宇宙第一企业\"]", false)]
    [InlineData("certifications", "[\"高新技术企业\", \"高新技术企业\"]", false)]
    [InlineData("certifications", "[\"高新技术企业\", \"科技型中小企业\", \"创新型中小企业\", \"绿色工厂\", \"省级企业技术中心\", \"知识产权优势企业\"]", true)]
    [InlineData("shoeSize", "42", false)]
    public void Only_known_fields_with_values_of_their_kind_can_be_stored(string field, string json, bool ok)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(ok, ProfileFields.Problem(field, document.RootElement) is null);
    }

    [Theory]
    [InlineData(0, 5, true)]
    [InlineData(0, 6, false)]
    [InlineData(5, 6, true)]
    [InlineData(2, 8, false)]
    [InlineData(3, 8, true)]
    public void One_request_grants_at_most_five_certifications_the_firm_did_not_hold(int held, int requested, bool ok)
    {
        var codes = CertificationCatalogue.All.Select(c => c.Code).ToList();

        var problem = CertificationCatalogue.GrantProblem(codes.Take(held).ToHashSet(StringComparer.Ordinal), codes.Take(requested));

        Assert.Equal(ok, problem is null);
    }
}
