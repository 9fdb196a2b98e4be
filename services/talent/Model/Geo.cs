namespace Qingmeng.Talent.Model;

/// <summary>A WGS-84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMetres = 6_371_008.8;

    public static bool IsValid(double latitude, double longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 && double.IsFinite(latitude) && double.IsFinite(longitude);

    /// <summary>Great-circle (haversine) distance in metres.</summary>
    public double DistanceTo(GeoPoint other)
    {
        var lat1 = double.DegreesToRadians(Latitude);
        var lat2 = double.DegreesToRadians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Moves <paramref name="northMetres"/> and <paramref name="eastMetres"/> (small offsets, local flat approximation).</summary>
    public GeoPoint Offset(double northMetres, double eastMetres)
    {
        var dLat = double.RadiansToDegrees(northMetres / EarthRadiusMetres);
        var dLon = double.RadiansToDegrees(eastMetres / (EarthRadiusMetres * Math.Cos(double.DegreesToRadians(Latitude))));
        return new GeoPoint(Latitude + dLat, Longitude + dLon);
    }
}

/// <summary>
/// The 10-minute employment service circle (10分钟就业服务圈): a place is covered when a service point can be
/// reached on foot within the time at the stated walking speed. Walking distance is taken as the straight-line
/// distance times a detour factor (streets are not straight lines; 1.3 is a common urban value).
/// </summary>
public sealed record WalkingCircle(double WalkingSpeedKmh, double Minutes, double DetourFactor)
{
    public static readonly WalkingCircle Standard = new(4.8, 10, 1.3);

    /// <summary>The straight-line radius that the walk covers, in metres.</summary>
    public double RadiusMetres => WalkingSpeedKmh * 1000 / 60 * Minutes / DetourFactor;

    /// <summary>Walking minutes over a straight-line distance.</summary>
    public double MinutesFor(double straightLineMetres) => straightLineMetres * DetourFactor / (WalkingSpeedKmh * 1000 / 60);
}

/// <summary>A service point with the distance to a place.</summary>
public sealed record PointDistance<T>(T Point, double Metres);

public static class NearestPoints
{
    /// <summary>The <paramref name="count"/> nearest points to <paramref name="origin"/>, nearest first (ties by input order).</summary>
    public static IReadOnlyList<PointDistance<T>> Find<T>(IEnumerable<T> points, Func<T, GeoPoint> position, GeoPoint origin, int count) =>
        points.Select(p => new PointDistance<T>(p, origin.DistanceTo(position(p))))
            .OrderBy(d => d.Metres)
            .Take(count)
            .ToList();
}

/// <summary>A named area of the zone (片区/社区) with a representative point, for coverage by name.</summary>
public sealed record ZoneArea(string Name, GeoPoint Centre, int Population);

/// <summary>The zone as a bounding box split into square cells; coverage is measured on cell centres.</summary>
public sealed record ZoneGrid(GeoPoint SouthWest, GeoPoint NorthEast, double CellMetres)
{
    public IEnumerable<GeoPoint> CellCentres()
    {
        var heightMetres = SouthWest.DistanceTo(new GeoPoint(NorthEast.Latitude, SouthWest.Longitude));
        var widthMetres = SouthWest.DistanceTo(new GeoPoint(SouthWest.Latitude, NorthEast.Longitude));
        var rows = Math.Max(1, (int)Math.Ceiling((heightMetres / CellMetres) - 1e-6));
        var columns = Math.Max(1, (int)Math.Ceiling((widthMetres / CellMetres) - 1e-6));
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                yield return SouthWest.Offset((row + 0.5) * CellMetres, (column + 0.5) * CellMetres);
            }
        }
    }
}

public sealed record AreaCoverage(string Name, int Population, double NearestMetres, double WalkingMinutes, bool Covered);

public sealed record CoverageReport(
    double RadiusMetres,
    int Cells,
    int CoveredCells,
    double CoveredShare,
    IReadOnlyList<GeoPoint> UncoveredCellCentres,
    IReadOnlyList<AreaCoverage> Areas,
    int PopulationCovered,
    int PopulationTotal);

public static class CoverageCalculator
{
    /// <summary>Which cells and named areas of the zone lie within the walking circle of at least one point.</summary>
    public static CoverageReport Compute(
        IReadOnlyList<GeoPoint> points, ZoneGrid grid, IReadOnlyList<ZoneArea> areas, WalkingCircle circle, int maxUncoveredListed)
    {
        var radius = circle.RadiusMetres;
        var cells = 0;
        var covered = 0;
        var uncovered = new List<GeoPoint>();
        foreach (var centre in grid.CellCentres())
        {
            cells++;
            if (points.Any(p => p.DistanceTo(centre) <= radius))
            {
                covered++;
            }
            else if (uncovered.Count < maxUncoveredListed)
            {
                uncovered.Add(centre);
            }
        }

        var areaCoverage = areas.Select(a =>
        {
            var nearest = points.Count == 0 ? double.PositiveInfinity : points.Min(p => p.DistanceTo(a.Centre));
            var minutes = circle.MinutesFor(nearest);
            return new AreaCoverage(a.Name, a.Population, double.IsFinite(nearest) ? Math.Round(nearest) : -1, double.IsFinite(minutes) ? Math.Round(minutes, 1) : -1, nearest <= radius);
        }).ToList();

        return new CoverageReport(
            Math.Round(radius, 1), cells, covered, cells == 0 ? 0 : Math.Round((double)covered / cells, 4), uncovered, areaCoverage,
            areaCoverage.Where(a => a.Covered).Sum(a => a.Population), areaCoverage.Sum(a => a.Population));
    }
}
