namespace Qingmeng.Talent.Model;

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
