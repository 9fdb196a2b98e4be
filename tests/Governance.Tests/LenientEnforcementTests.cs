using Qingmeng.Governance.Model;

namespace Governance.Tests;

public sealed class LenientEnforcementTests
{
    [Fact]
    public void A_first_minor_offence_corrected_in_time_is_not_penalised()
    {
        var result = LenientEnforcement.Check(new LenientCheckRequest("SCJ-NP-01", true, HarmLevel.Minor, true, 0))!;

        Assert.True(result.Qualifies);
        Assert.Equal(LenientTreatment.NoPenalty, result.Treatment);
        Assert.All(result.Conditions, c => Assert.True(c.Met));
    }

    [Fact]
    public void A_second_offence_does_not_qualify_and_the_failing_condition_is_named()
    {
        var result = LenientEnforcement.Check(new LenientCheckRequest("SWJ-NP-01", false, HarmLevel.Minor, true, 0))!;

        Assert.False(result.Qualifies);
        Assert.Null(result.Treatment);
        var failed = Assert.Single(result.Conditions, c => !c.Met);
        Assert.Equal("首次违法", failed.Condition);
        Assert.Equal("否", failed.Actual);
    }

    [Fact]
    public void Illegal_gain_or_serious_harm_rules_out_no_penalty()
    {
        var gain = LenientEnforcement.Check(new LenientCheckRequest("HBJ-NP-01", true, HarmLevel.Minor, true, 500))!;
        var harm = LenientEnforcement.Check(new LenientCheckRequest("HBJ-NP-01", true, HarmLevel.Serious, true, 0))!;

        Assert.False(gain.Qualifies);
        Assert.Equal("违法所得", Assert.Single(gain.Conditions, c => !c.Met).Condition);
        Assert.False(harm.Qualifies);
        Assert.Equal("危害后果", Assert.Single(harm.Conditions, c => !c.Met).Condition);
    }

    [Fact]
    public void Work_safety_and_fire_offences_are_only_ever_reduced_never_waived()
    {
        Assert.All(LenientEnforcement.Rules.Where(r => r.DepartmentCode is "AJJ" or "XFJ"), r => Assert.Equal(LenientTreatment.ReducedPenalty, r.Treatment));
        Assert.Equal(LenientTreatment.ReducedPenalty, LenientEnforcement.Check(new LenientCheckRequest("AJJ-RP-01", true, HarmLevel.Minor, true, 0))!.Treatment);
    }

    [Fact]
    public void An_unknown_rule_has_no_answer()
    {
        Assert.Null(LenientEnforcement.Check(new LenientCheckRequest("NO-SUCH", true, HarmLevel.None, true, 0)));
    }
}
