using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using static PolicyMatch.Tests.TestPolicies;

namespace PolicyMatch.Tests;

public sealed class PolicyVersioningTests
{
    [Fact]
    public void A_new_policy_is_a_draft_until_published_and_publication_emits_PolicyPublished()
    {
        var policy = Policy.Create("QM-KJ-099", PolicyCategory.TechInnovation, Terms(), "officer", Now);
        Assert.Equal(PolicyVersionStatus.Draft, policy.Latest.Status);
        Assert.Null(policy.InForce);

        var (published, problems) = policy.PublishDraft("officer", Now);

        Assert.Empty(problems);
        Assert.NotNull(published);
        Assert.Equal(("QM-KJ-099", 1, "TechInnovation"), (published.PolicyCode, published.Version, published.Category));
        Assert.Equal(PolicyVersionStatus.Published, policy.InForce!.Status);
    }

    [Fact]
    public void A_published_version_is_immutable()
    {
        var policy = Policy.Create("QM-KJ-099", PolicyCategory.TechInnovation, Terms(), "officer", Now);
        policy.PublishDraft("officer", Now);

        Assert.False(policy.InForce!.Revise(Terms(budget: 1m)));
        Assert.Equal(1_000_000m, policy.InForce.BudgetEnvelope);
    }

    [Fact]
    public void Publishing_the_next_version_supersedes_the_one_in_force()
    {
        var policy = Policy.Create("QM-KJ-099", PolicyCategory.TechInnovation, Terms(), "officer", Now);
        policy.PublishDraft("officer", Now);

        var draft = policy.StartDraft(Terms(budget: 2_000_000m), Now);
        Assert.NotNull(draft);
        Assert.Equal(2, draft.Version);
        Assert.Null(policy.StartDraft(Terms(), Now)); // one draft at a time
        Assert.Equal(1, policy.InForce!.Version);     // the draft is not in force

        var (published, _) = policy.PublishDraft("officer", Now.AddDays(1));

        Assert.Equal(2, published!.Version);
        Assert.Equal(2, policy.InForce!.Version);
        Assert.Equal(PolicyVersionStatus.Superseded, policy.Versions.Single(v => v.Version == 1).Status);
        Assert.Single(policy.Versions, v => v.Status == PolicyVersionStatus.Published);
    }

    [Fact]
    public void Retiring_withdraws_the_version_in_force()
    {
        var policy = Policy.Create("QM-KJ-099", PolicyCategory.TechInnovation, Terms(), "officer", Now);
        Assert.Null(policy.Retire(Today, Now));
        policy.PublishDraft("officer", Now);

        var retired = policy.Retire(Today, Now);

        Assert.Equal((1, Today), (retired!.Version, retired.RetiredOn));
        Assert.Null(policy.InForce);
    }

    [Fact]
    public void A_bad_policy_can_never_be_published_and_every_problem_is_named()
    {
        var bad = Terms(
            conditions: new AllOf([Compare("rdRatioo", ComparisonOperator.GreaterThanOrEqual, 3m), new AnyOf([])]),
            amount: new FixedAmount(-100m),
            opens: new DateOnly(2026, 6, 1),
            closes: new DateOnly(2026, 5, 1),
            budget: -1m);
        var policy = Policy.Create("QM-KJ-099", PolicyCategory.TechInnovation, bad, "officer", Now);

        var (published, problems) = policy.PublishDraft("officer", Now);

        Assert.Null(published);
        Assert.Null(policy.InForce);
        Assert.Contains("conditions.conditions[0].field", problems.Keys);
        Assert.Contains("unknown profile field 'rdRatioo'", problems["conditions.conditions[0].field"][0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("conditions.conditions[1].conditions", problems.Keys);
        Assert.Contains("amountRule.amount", problems.Keys);
        Assert.Contains("applicationClosesOn", problems.Keys);
        Assert.Contains("budgetEnvelope", problems.Keys);
    }

    [Fact]
    public void Operators_must_fit_the_field_and_values_their_type()
    {
        static IReadOnlyDictionary<string, string[]> Check(Condition c) => Terms(conditions: c).Validate();

        Assert.Contains("conditions.field", Check(Compare(ProfileFields.Certifications, ComparisonOperator.GreaterThan, 3m)).Keys);
        Assert.Contains("conditions.field", Check(Compare(ProfileFields.RdRatio, ComparisonOperator.GreaterThan, "三")).Keys);
        Assert.Contains("conditions.field", Check(Compare(ProfileFields.RdRatio, ComparisonOperator.Contains, "x")).Keys);
        Assert.Contains("conditions.field", Check(Compare(ProfileFields.RegisteredOn, ComparisonOperator.GreaterThan, "2026/01/01")).Keys);
        Assert.Contains("conditions.field", Check(Compare(ProfileFields.SizeClass, ComparisonOperator.In, Array.Empty<string>())).Keys);
        Assert.Contains("conditions.condition.field", Check(new Not(Compare("nope", ComparisonOperator.Equal, 1m))).Keys);
        Assert.Empty(Check(Compare(ProfileFields.IndustryCode, ComparisonOperator.StartsWith, "C39")));
        Assert.Empty(Check(new Comparison(ProfileFields.ExportValue, ComparisonOperator.Exists, default)));
    }
}
