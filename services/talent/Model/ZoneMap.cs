namespace Qingmeng.Talent.Model;

/// <summary>
/// The zone's extent and its named areas (reference data): 泉州经济技术开发区 around 清濛, roughly 5 km by 4.5 km.
/// Populations are the residents and dormitory workers of each area; they sum to the zone population.
/// </summary>
public static class ZoneMap
{
    public static readonly GeoPoint SouthWest = new(Latitude: 24.850, Longitude: 118.550);

    public static readonly GeoPoint NorthEast = new(Latitude: 24.890, Longitude: 118.600);

    public static readonly IReadOnlyList<ZoneArea> Areas =
    [
        new("清濛园区核心区", new GeoPoint(Latitude: 24.8705, Longitude: 118.5760), Population: 9_800),
        new("智能产业园", new GeoPoint(Latitude: 24.8620, Longitude: 118.5620), Population: 8_600),
        new("科创园", new GeoPoint(Latitude: 24.8790, Longitude: 118.5850), Population: 5_400),
        new("紫山片区", new GeoPoint(Latitude: 24.8850, Longitude: 118.5580), Population: 6_200),
        new("清濛大道生活区", new GeoPoint(Latitude: 24.8680, Longitude: 118.5900), Population: 9_100),
        new("南环路工业区", new GeoPoint(Latitude: 24.8540, Longitude: 118.5780), Population: 7_300),
        new("浔美人才社区", new GeoPoint(Latitude: 24.8770, Longitude: 118.5680), Population: 3_400),
        new("东部物流园", new GeoPoint(Latitude: 24.8580, Longitude: 118.5960), Population: 2_200),
    ];

    public static ZoneGrid Grid(double cellMetres) => new(SouthWest, NorthEast, cellMetres);
}
