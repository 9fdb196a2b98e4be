using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class CoverageTests
{
    private static readonly GeoPoint SouthWest = new(24.850, 118.550);

    // A 2 km by 2 km square with 100 m cells: 400 cells.
    private static readonly ZoneGrid Square = new(SouthWest, SouthWest.Offset(2_000, 2_000), 100);

    [Fact]
    public void Without_service_points_nothing_is_covered()
    {
        var report = CoverageCalculator.Compute([], Square, [new ZoneArea("片区", SouthWest.Offset(1_000, 1_000), 1_000)], WalkingCircle.Standard, 10);

        Assert.Equal(400, report.Cells);
        Assert.Equal(0, report.CoveredCells);
        Assert.Equal(10, report.UncoveredCellCentres.Count);
        Assert.False(Assert.Single(report.Areas).Covered);
        Assert.Equal(0, report.PopulationCovered);
    }

    [Fact]
    public void One_central_point_covers_the_cells_within_its_radius_and_no_more()
    {
        var centre = SouthWest.Offset(1_000, 1_000);
        var circle = new WalkingCircle(4.8, 10, 1.0); // 800 m straight

        var report = CoverageCalculator.Compute([centre], Square, [], circle, 1_000);

        // A disc of 800 m radius holds about π·8² ≈ 201 cells of 100 m.
        Assert.InRange(report.CoveredCells, 190, 212);
        Assert.Equal(report.Cells - report.CoveredCells, report.UncoveredCellCentres.Count);
        Assert.All(report.UncoveredCellCentres, c => Assert.True(c.DistanceTo(centre) > circle.RadiusMetres));
    }

    [Fact]
    public void A_faster_walk_covers_more_of_the_zone()
    {
        var centre = SouthWest.Offset(1_000, 1_000);

        var slow = CoverageCalculator.Compute([centre], Square, [], new WalkingCircle(3.0, 10, 1.3), 0);
        var fast = CoverageCalculator.Compute([centre], Square, [], new WalkingCircle(6.0, 10, 1.3), 0);

        Assert.True(fast.CoveredShare > slow.CoveredShare);
    }

    [Fact]
    public void Areas_report_walking_minutes_to_their_nearest_point_and_whether_they_are_covered()
    {
        var point = SouthWest.Offset(1_000, 1_000);
        ZoneArea[] areas = [new("近处社区", point.Offset(400, 0), 3_000), new("远处工业区", point.Offset(0, 1_500), 2_000)];

        var report = CoverageCalculator.Compute([point], Square, areas, WalkingCircle.Standard, 0);

        var near = report.Areas.Single(a => a.Name == "近处社区");
        var far = report.Areas.Single(a => a.Name == "远处工业区");
        Assert.True(near.Covered);
        Assert.Equal(6.5, near.WalkingMinutes); // 400 m × 1.3 at 80 m/min
        Assert.False(far.Covered);
        Assert.Equal(3_000, report.PopulationCovered);
        Assert.Equal(5_000, report.PopulationTotal);
    }

    [Fact]
    public void The_zone_grid_at_100_metres_has_about_2300_cells()
    {
        var cells = ZoneMap.Grid(100).CellCentres().Count();

        Assert.InRange(cells, 2_200, 2_400);
    }
}
