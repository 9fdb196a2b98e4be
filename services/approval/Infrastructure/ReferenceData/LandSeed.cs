namespace Qingmeng.Approval.Infrastructure.ReferenceData;

/// <summary>
/// The 17 low-efficiency sites the zone has revitalised (精准盘活恒祥、丰信旅游、亿恒等17个): 285 亩, 36 万 m² of new floor
/// area, 20.5 亿元 of new output and 2.92 亿元 of new tax a year — the seed's "超20亿元、超2.9亿元".
/// Figures per site: area (亩), added floor area (m²), added output and tax (万元).
/// </summary>
public static class LandSeed
{
    public sealed record SeedSite(string Code, string Name, string CurrentUse, string PlannedUse, decimal AreaMu, decimal AddedFloorArea, decimal AddedOutputWan, decimal AddedTaxWan);

    public const string Location = "泉州清濛经济技术开发区";

    public static readonly IReadOnlyList<SeedSite> Sites =
    [
        new("DX-2024-01", "恒祥纺织旧厂区", "停产纺织厂房", "智能装备制造标准厂房", 32m, 40300m, 23000m, 3290m),
        new("DX-2024-02", "丰信旅游用品厂", "低效仓储", "新能源汽车零部件生产基地", 28m, 35400m, 20100m, 2870m),
        new("DX-2024-03", "亿恒鞋业旧厂房", "闲置鞋业厂房", "电子信息产业园", 25m, 31600m, 18000m, 2560m),
        new("DX-2024-04", "华兴石材加工场", "露天石材堆场", "高端装备研发中试基地", 22m, 27800m, 15800m, 2250m),
        new("DX-2024-05", "嘉信包装老厂", "低容积率包装车间", "绿色包装新材料工厂", 20m, 25300m, 14400m, 2050m),
        new("DX-2024-06", "宏达五金厂", "简易铁皮厂房", "精密五金智能车间", 19m, 24000m, 13700m, 1950m),
        new("DX-2024-07", "清源食品旧址", "停产食品厂", "预制菜中央厨房", 18m, 22700m, 12900m, 1840m),
        new("DX-2024-08", "鑫隆塑胶厂", "低效塑胶车间", "改性塑料新材料项目", 17m, 21500m, 12200m, 1740m),
        new("DX-2024-09", "泉发服装厂", "闲置服装车间", "智能制造产业大厦", 16m, 20200m, 11500m, 1640m),
        new("DX-2024-10", "南方陶瓷厂", "关停陶瓷窑炉", "半导体封装测试厂房", 15m, 18900m, 10800m, 1540m),
        new("DX-2024-11", "联盛印刷厂", "低效印刷车间", "数字印刷与文创园", 14m, 17700m, 10100m, 1430m),
        new("DX-2024-12", "金峰机械厂", "老旧机加工车间", "工业机器人集成项目", 13m, 16400m, 9400m, 1330m),
        new("DX-2024-13", "永信纸品厂", "闲置纸品仓库", "医疗器械生产项目", 12m, 15200m, 8600m, 1230m),
        new("DX-2024-14", "宝龙针织厂", "低效针织车间", "功能性面料研发生产", 11m, 13900m, 7900m, 1130m),
        new("DX-2024-15", "东泰化纤仓库", "临时仓储", "跨境电商产业园", 9m, 11400m, 6500m, 920m),
        new("DX-2024-16", "源兴电子旧厂", "停产电子车间", "智能终端组装项目", 8m, 10100m, 5800m, 820m),
        new("DX-2024-17", "晋丰建材堆场", "建材露天堆场", "装配式建筑部品工厂", 6m, 7600m, 4300m, 610m),
    ];

    /// <summary>Baseline figures of a site before redevelopment (from the survey): modest, so the increase is what the evaluation shows.</summary>
    public static (decimal FloorArea, decimal OutputYuan, decimal TaxYuan) Baseline(SeedSite site) =>
        (site.AreaMu * 260m, site.AreaMu * 120_000m, site.AreaMu * 6_000m);
}
