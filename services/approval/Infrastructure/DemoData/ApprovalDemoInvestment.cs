using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Infrastructure.DemoData;

/// <summary>
/// The seed's 正式合同转化率 ("开发区正式合同转化率始终保持高位"; the seed gives no number): 48 intentions signed in 2024,
/// four a month, 45 of them turned into formal contracts 20 to 79 days later and 3 lapsed, so the 2024 rate is 93.75 %.
/// Recorded through the 招商 use case (<c>InvestmentPromotion</c>) as an admin would, each with its audit entry and events.
/// </summary>
public static class ApprovalDemoInvestment
{
    public const int Year = 2024;
    public const int Intents = 48;
    public const int Contracted = 45;
    public const decimal ConversionRatePercent = 93.75m;

    /// <summary>The demo's 招商 desk, as recorded in the audit trail and on each agreement.</summary>
    public const string DemoActor = "demo-investment";

    public static readonly PlatformUser DemoUser =
        new(DemoActor, "招商演示数据", new HashSet<string>([PlatformRoles.Admin], StringComparer.Ordinal), null, false, null, null, null);

    private static readonly string[] Cities = ["厦门", "深圳", "上海", "杭州", "苏州", "宁波", "广州", "南京", "合肥", "成都", "武汉", "东莞"];

    private static readonly (string Name, string Industry)[] Businesses =
    [
        ("华创新能源科技", "C38"), ("瑞丰精密制造", "C34"), ("启明电子信息", "C39"), ("中科智联装备", "C35"),
    ];

    private static readonly string[] LapseReasons =
    [
        "投资方调整战略布局，项目转投他地",
        "投资方融资未到位，放弃本项目",
        "用地条件未能满足投资方要求，双方协商终止",
    ];

    /// <summary>One planned agreement of the demo year: the intention, and either its contract or its lapse.</summary>
    public sealed record Planned(
        int Index, string InvestorName, string IndustryCode, decimal PlannedInvestment, DateOnly IntentSignedOn,
        DateOnly? ContractSignedOn, decimal? ContractInvestment, string? LapseReason)
    {
        public string IdempotencyKey => $"demo-investment-{Year}-{Index:D2}";
    }

    public static IEnumerable<Planned> Plan()
    {
        for (var i = 0; i < Intents; i++)
        {
            var business = Businesses[i % Businesses.Length];
            var investor = $"{Cities[i / Businesses.Length]}{business.Name}有限公司";
            var signedOn = new DateOnly(Year, (i / 4) + 1, 3 + ((i % 4) * 7));
            var planned = (1 + (i % 5)) * 100_000_000m;
            // Every sixteenth intention lapses: 3 of 48.
            var lapses = i % 16 == 15;
            yield return lapses
                ? new Planned(i, investor, business.Industry, planned, signedOn, null, null, LapseReasons[i / 16])
                : new Planned(i, investor, business.Industry, planned, signedOn, signedOn.AddDays(20 + ((i * 13) % 60)), planned, null);
        }
    }
}
