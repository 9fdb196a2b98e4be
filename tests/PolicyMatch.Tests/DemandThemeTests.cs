using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Policies;

namespace PolicyMatch.Tests;

public sealed class DemandThemeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_closed_labour_case_and_a_question_answered_by_an_employment_policy_share_the_employment_theme()
    {
        var closedCase = DemandSignal.FromClosedCase(Guid.NewGuid(), "GD20261207000001", "LABOUR", "欠薪投诉", "已足额支付", null, Now, Now);
        var question = DemandSignal.FromQuestion(Guid.NewGuid(), "失业保险稳岗返还能拿多少？", "QM-JY-001", [], null, PolicyCategory.Employment, Now);

        Assert.Equal(PolicyCategory.Employment, closedCase.Theme);
        Assert.Equal(closedCase.Theme, question.Theme);
        // The topics stay what they were: the module and the answering policy.
        Assert.Equal(("LABOUR", "QM-JY-001"), (closedCase.Topic, question.Topic));
    }

    [Theory]
    [InlineData("ECON-RUN", PolicyCategory.IndustryDevelopment)]
    [InlineData("LAND-PLAN", PolicyCategory.IndustryDevelopment)]
    [InlineData("CONSTRUCT", PolicyCategory.IndustryDevelopment)]
    [InlineData("LABOUR", PolicyCategory.Employment)]
    [InlineData("TAX-CHECK", PolicyCategory.EnterpriseService)]
    [InlineData("ENT-SERVICE", PolicyCategory.EnterpriseService)]
    public void A_module_firms_raise_policy_needs_in_has_the_theme_of_its_policy_category(string moduleCode, PolicyCategory theme) =>
        Assert.Equal(theme, DemandThemes.ForModule(moduleCode));

    [Theory]
    [InlineData("SAFE-PROD")]
    [InlineData("EFF-SUP")]
    [InlineData("PETITION")]
    [InlineData("NO-SUCH-MODULE")]
    public void A_module_no_business_support_policy_addresses_has_no_theme(string moduleCode)
    {
        Assert.Null(DemandThemes.ForModule(moduleCode));
        Assert.Null(DemandSignal.FromClosedCase(Guid.NewGuid(), "GD1", moduleCode, "t", "r", null, Now, Now).Theme);
    }

    [Fact]
    public void An_unanswered_question_has_no_theme()
    {
        var question = DemandSignal.FromQuestion(Guid.NewGuid(), "养猪场有没有补贴", null, [], null, null, Now);

        Assert.Equal((DemandSignal.Unanswered, (PolicyCategory?)null), (question.Topic, question.Theme));
    }
}
