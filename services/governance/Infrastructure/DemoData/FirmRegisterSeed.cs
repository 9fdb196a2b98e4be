using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Infrastructure.DemoData;

/// <summary>
/// The demo zone's firm register: every firm another service's demo data names (the demo accounts' firms, talent's
/// employers and 清濛杯 landings, approval's portfolio, policy-match's 2024 秒兑现 history). Registered by the governance
/// seeder through the register's own command, so each firm reaches every replica as <c>FirmRegistered</c>; the other
/// services' seeds use these credit codes, and a test fails when one of them is not in this list.
/// </summary>
public static class FirmRegisterSeed
{
    public const string JiejiaCreditCode = "91350500MA31GJ8K73";

    public const string LujinCreditCode = "91350503MA33RK6N3U";

    /// <summary>How many firms received 2024 秒兑现 payments (policy-match's history spreads 664 firm-times over them).</summary>
    public const int HistoryFirms = 40;

    public static IReadOnlyList<(string CreditCode, FirmFacts Facts)> All { get; } = [.. Build()];

    private static IEnumerable<(string, FirmFacts)> Build()
    {
        yield return (JiejiaCreditCode, new("泉州杰嘉电子有限公司", "C39", "中型", "清濛园区", new(2015, 6, 18)));
        yield return (LujinCreditCode, new("福建路金汽车精密零部件有限公司", "C36", "小型", "崇宏园区", new(2016, 9, 12)));

        // Talent's employers (job postings, certified talents) and the firms its 清濛杯 projects landed in.
        yield return (TalentCode("35050201"), new("泉州清濛新材料科技有限公司", "C26", "小型", "科创园", new(2018, 4, 2)));
        yield return (TalentCode("35050202"), new("泉州智造装备股份有限公司", "C34", "中型", "清濛园区", new(2012, 11, 20)));
        yield return (TalentCode("35050203"), new("福建晶芯半导体有限公司", "C39", "中型", "东部物流园", new(2019, 7, 8)));
        string[] landed = ["泉州氮瓷新材料有限公司", "泉州视引智能科技有限公司", "泉州芯封半导体有限公司", "泉州柔链数字科技有限公司", "泉州锂环新能源科技有限公司", "泉州石韵再生建材有限公司"];
        string[] landedIndustries = ["C30", "C34", "C39", "I65", "C42", "C30"];
        for (var i = 0; i < landed.Length; i++)
        {
            yield return (TalentCode($"3505030{i}"), new(landed[i], landedIndustries[i], "微型", "科创园", new(2024, 9 + (i % 3), 10 + i)));
        }

        // Approval's demo portfolio: twelve firms behind the 45 generated projects.
        string[] portfolio =
        [
            "泉州恒新材料科技", "福建清濛智能装备", "泉州华芯半导体", "福建嘉禾医疗器械", "泉州海丝新能源", "福建闽源精密机械",
            "泉州晋航电子", "福建安泰环保科技", "泉州东湖生物科技", "福建鑫达光电", "泉州宏图智能制造", "福建远景汽车零部件",
        ];
        string[] portfolioIndustries = ["C26", "C34", "C39", "C35", "C38", "C34", "C39", "C29", "C27", "C39", "C34", "C36"];
        for (var i = 0; i < portfolio.Length; i++)
        {
            yield return (ApprovalPortfolioCode(i), new($"{portfolio[i]}有限公司", portfolioIndustries[i], i % 3 == 0 ? "中型" : "小型", "清濛园区", new(2010 + (i % 12), 1 + (i % 12), 8)));
        }

        // The firms paid in 2024 (秒兑现 history).
        string[] names = ["鸿业", "闽兴", "泉德", "海晟", "清源", "晋丰", "宏达", "永盛"];
        string[] trades = ["纺织", "鞋业", "包装", "机械", "电子"];
        string[] tradeIndustries = ["C17", "C19", "C22", "C34", "C39"];
        for (var n = 1; n <= HistoryFirms; n++)
        {
            // 8 names × 5 trades: forty distinct firms.
            yield return (HistoryCode(n), new($"泉州{names[n % names.Length]}{trades[n % trades.Length]}有限公司", tradeIndustries[n % trades.Length], n % 4 == 0 ? "中型" : "小型", n % 2 == 0 ? "清濛园区" : "崇宏园区", new(2005 + (n % 18), 1 + (n % 12), 1 + (n % 27))));
        }
    }

    /// <summary>The credit code talent's seed gives a firm (division 350502 and an 8-character organisation body).</summary>
    public static string TalentCode(string body8) => Code("91350502", body8);

    public static string ApprovalPortfolioCode(int i) => Code("91350503", $"MA3{i:D3}D7".Replace('0', 'K'));

    public static string HistoryCode(int n) => Code("91350500", $"MA{n:D6}");

    /// <summary>The 930 market entities of the demo's 2024 credit repairs (n from 1): penalties need no register entry.</summary>
    public static string CreditRepairCode(int n) => Code("91350504", $"MB{n:D6}");

    private static string Code(string prefix8, string organisation8)
    {
        var first17 = prefix8 + organisation8 + UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation8);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
