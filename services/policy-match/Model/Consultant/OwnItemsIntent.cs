using System.Text.RegularExpressions;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>Which of the asker's own items a question is about.</summary>
[Flags]
public enum OwnItemKinds
{
    None = 0,
    /// <summary>Cases (工单, 诉求, 投诉) filed with governance.</summary>
    Cases = 1,
    /// <summary>Subsidy claims and payments (申领, 补贴, 到账) kept by policy-match.</summary>
    Claims = 2,
    Both = Cases | Claims,
}

/// <summary>
/// Recognises a question about the asker's own items — where a case stands, whether a subsidy has been paid — rather
/// than about a policy. It needs the asker speaking of themself (我, 我们, 本公司 …) together with a question about the
/// current state of something (办到哪了, 进度, 到账了吗, 批下来没 …): "补贴多久到账" asks how the platform works and is
/// answered from the guides; "我的补贴到账了吗" asks about one firm's claim and is answered from its records.
/// </summary>
public static partial class OwnItemsIntent
{
    public static OwnItemKinds Detect(string question)
    {
        var text = ChineseTokenizer.Normalize(question);
        if (!FirstPerson().IsMatch(text) || !StateQuestion().IsMatch(text))
        {
            return OwnItemKinds.None;
        }
        var kinds = OwnItemKinds.None;
        if (CaseWords().IsMatch(text))
        {
            kinds |= OwnItemKinds.Cases;
        }
        if (ClaimWords().IsMatch(text))
        {
            kinds |= OwnItemKinds.Claims;
        }
        // "我提交的那个到哪一步了" names no kind of item: both are looked up.
        return kinds == OwnItemKinds.None ? OwnItemKinds.Both : kinds;
    }

    /// <summary>The asker speaking of themself or their firm.</summary>
    [GeneratedRegex("我|咱|俺|本公司|本企业|本单位|本厂")]
    private static partial Regex FirstPerson();

    /// <summary>A question about where something stands now, not about how long things take in general.</summary>
    [GeneratedRegex(
        "(办|处理|审|审核|审批|走|批|跑|推进|进行)到(哪|什么|啥|那)"
        + "|进度|进展|哪一步|哪个环节|哪个阶段|什么状态|啥状态|状态"
        + "|(怎么|咋|怎)样了|如何了|有(没有|没)?(结果|回复|回音|下文|动静|人管)"
        + "|结果(出来|怎么样|如何)"
        + "|(到账|到位|发放|拨付|打款|回复|受理|审核|审批|批复|处理|办结|办完|派单)(了)?(吗|没|没有|了没)"
        + "|(到|发|拨|打|批|办|审|处理|受理|回复)(了|下来了?|完了?|好了)(吗|没|没有)"
        + "|(到|发|拨|打|批|办|审)没(到|发|拨|打|批|办|审)"
        + "|还没(有)?(到账|到|发|拨|打|批|办|处理|受理|回复|结果|消息|动静|人)"
        + "|(查|看)(一下|一查|一看|查|看)?(我|咱)")]
    private static partial Regex StateQuestion();

    [GeneratedRegex("工单|诉求|投诉|举报|反映|案件|热线|12345|事情|那件事|那个事|报修|求助")]
    private static partial Regex CaseWords();

    [GeneratedRegex("补贴|补助|奖励|奖补|资助|贴息|资金|钱|款|申领|兑现|扶持|政策")]
    private static partial Regex ClaimWords();
}
