namespace Qingmeng.Talent.Model;

/// <summary>
/// The zone's extent and its named areas (reference data): 泉州经济技术开发区 around 清濛, roughly 5 km by 4.5 km.
/// Populations are the residents and dormitory workers of each area; they sum to the zone population.
/// </summary>
public static class ZoneMap
{
    public static readonly GeoPoint SouthWest = new(24.850, 118.550);

    public static readonly GeoPoint NorthEast = new(24.890, 118.600);

    public static readonly IReadOnlyList<ZoneArea> Areas =
    [
        new("清濛园区核心区", new GeoPoint(24.8705, 118.5760), 9_800),
        new("智能产业园", new GeoPoint(24.8620, 118.5620), 8_600),
        new("科创园", new GeoPoint(24.8790, 118.5850), 5_400),
        new("紫山片区", new GeoPoint(24.8850, 118.5580), 6_200),
        new("清濛大道生活区", new GeoPoint(24.8680, 118.5900), 9_100),
        new("南环路工业区", new GeoPoint(24.8540, 118.5780), 7_300),
        new("浔美人才社区", new GeoPoint(24.8770, 118.5680), 3_400),
        new("东部物流园", new GeoPoint(24.8580, 118.5960), 2_200),
    ];

    public static ZoneGrid Grid(double cellMetres) => new(SouthWest, NorthEast, cellMetres);
}
