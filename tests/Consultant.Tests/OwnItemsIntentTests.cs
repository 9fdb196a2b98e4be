namespace Qingmeng.PolicyMatch.Consultant.Tests;

public sealed class OwnItemsIntentTests
{
    [Theory]
    [InlineData("我的工单办到哪了", OwnItemKinds.Cases)]
    [InlineData("我上周在12345反映的问题有回复了吗", OwnItemKinds.Cases)]
    [InlineData("我们投诉的那件事处理得怎么样了", OwnItemKinds.Cases)]
    [InlineData("我的补贴到账了吗", OwnItemKinds.Claims)]
    [InlineData("我们公司申请的研发补助批下来没有", OwnItemKinds.Claims)]
    [InlineData("本企业的贴息资金还没到账", OwnItemKinds.Claims)]
    [InlineData("帮我查一下我们的申请进度", OwnItemKinds.Both)]
    [InlineData("我提交的申请现在是什么状态", OwnItemKinds.Both)]
    public void Detect_a_question_about_the_askers_own_items_finds_which_kind(string question, OwnItemKinds expected) =>
        Assert.Equal(expected, OwnItemsIntent.Detect(question));

    [Theory]
    [InlineData("补贴一般多久到账")]
    [InlineData("免申即享的钱什么时候到账")]
    [InlineData("我们公司能申请哪些补贴")]
    [InlineData("工单办理的时限是多少天")]
    [InlineData("我是小微企业，首贷贴息怎么申请")]
    public void Detect_a_question_about_how_things_work_is_no_own_items_question(string question) =>
        Assert.Equal(OwnItemKinds.None, OwnItemsIntent.Detect(question));
}
