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
        new("DX-2024-01", "恒祥纺织旧厂区", "停产纺织厂房", "智能装备制造标准厂房", AreaMu: 32m, AddedFloorArea: 40300m, AddedOutputWan: 23000m, AddedTaxWan: 3290m),
        new("DX-2024-02", "丰信旅游用品厂", "低效仓储", "新能源汽车零部件生产基地", AreaMu: 28m, AddedFloorArea: 35400m, AddedOutputWan: 20100m, AddedTaxWan: 2870m),
        new("DX-2024-03", "亿恒鞋业旧厂房", "闲置鞋业厂房", "电子信息产业园", AreaMu: 25m, AddedFloorArea: 31600m, AddedOutputWan: 18000m, AddedTaxWan: 2560m),
        new("DX-2024-04", "华兴石材加工场", "露天石材堆场", "高端装备研发中试基地", AreaMu: 22m, AddedFloorArea: 27800m, AddedOutputWan: 15800m, AddedTaxWan: 2250m),
        new("DX-2024-05", "嘉信包装老厂", "低容积率包装车间", "绿色包装新材料工厂", AreaMu: 20m, AddedFloorArea: 25300m, AddedOutputWan: 14400m, AddedTaxWan: 2050m),
        new("DX-2024-06", "宏达五金厂", "简易铁皮厂房", "精密五金智能车间", AreaMu: 19m, AddedFloorArea: 24000m, AddedOutputWan: 13700m, AddedTaxWan: 1950m),
        new("DX-2024-07", "清源食品旧址", "停产食品厂", "预制菜中央厨房", AreaMu: 18m, AddedFloorArea: 22700m, AddedOutputWan: 12900m, AddedTaxWan: 1840m),
        new("DX-2024-08", "鑫隆塑胶厂", "低效塑胶车间", "改性塑料新材料项目", AreaMu: 17m, AddedFloorArea: 21500m, AddedOutputWan: 12200m, AddedTaxWan: 1740m),
        new("DX-2024-09", "泉发服装厂", "闲置服装车间", "智能制造产业大厦", AreaMu: 16m, AddedFloorArea: 20200m, AddedOutputWan: 11500m, AddedTaxWan: 1640m),
        new("DX-2024-10", "南方陶瓷厂", "关停陶瓷窑炉", "半导体封装测试厂房", AreaMu: 15m, AddedFloorArea: 18900m, AddedOutputWan: 10800m, AddedTaxWan: 1540m),
        new("DX-2024-11", "联盛印刷厂", "低效印刷车间", "数字印刷与文创园", AreaMu: 14m, AddedFloorArea: 17700m, AddedOutputWan: 10100m, AddedTaxWan: 1430m),
        new("DX-2024-12", "金峰机械厂", "老旧机加工车间", "工业机器人集成项目", AreaMu: 13m, AddedFloorArea: 16400m, AddedOutputWan: 9400m, AddedTaxWan: 1330m),
        new("DX-2024-13", "永信纸品厂", "闲置纸品仓库", "医疗器械生产项目", AreaMu: 12m, AddedFloorArea: 15200m, AddedOutputWan: 8600m, AddedTaxWan: 1230m),
        new("DX-2024-14", "宝龙针织厂", "低效针织车间", "功能性面料研发生产", AreaMu: 11m, AddedFloorArea: 13900m, AddedOutputWan: 7900m, AddedTaxWan: 1130m),
        new("DX-2024-15", "东泰化纤仓库", "临时仓储", "跨境电商产业园", AreaMu: 9m, AddedFloorArea: 11400m, AddedOutputWan: 6500m, AddedTaxWan: 920m),
        new("DX-2024-16", "源兴电子旧厂", "停产电子车间", "智能终端组装项目", AreaMu: 8m, AddedFloorArea: 10100m, AddedOutputWan: 5800m, AddedTaxWan: 820m),
        new("DX-2024-17", "晋丰建材堆场", "建材露天堆场", "装配式建筑部品工厂", AreaMu: 6m, AddedFloorArea: 7600m, AddedOutputWan: 4300m, AddedTaxWan: 610m),
    ];

    /// <summary>Baseline figures of a site before redevelopment (from the survey): modest, so the increase is what the evaluation shows.</summary>
    public static (decimal FloorArea, decimal OutputYuan, decimal TaxYuan) Baseline(SeedSite site) =>
        (site.AreaMu * 260m, site.AreaMu * 120_000m, site.AreaMu * 6_000m);
}
