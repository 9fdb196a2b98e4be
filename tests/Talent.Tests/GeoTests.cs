using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class GeoTests
{
    [Fact]
    public void Haversine_distance_between_Quanzhou_and_Xiamen_is_about_eighty_kilometres()
    {
        var quanzhou = new GeoPoint(24.8741, 118.6757);
        var xiamen = new GeoPoint(24.4798, 118.0894);

        var metres = quanzhou.DistanceTo(xiamen);

        Assert.InRange(metres, 72_000, 74_000);
    }

    [Fact]
    public void One_thousandth_of_a_degree_of_latitude_is_about_111_metres()
    {
        var a = new GeoPoint(24.870, 118.576);

        Assert.InRange(a.DistanceTo(new GeoPoint(24.871, 118.576)), 110.5, 111.7);
        Assert.Equal(0, a.DistanceTo(a), 6);
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(-90.5, 0)]
    [InlineData(0, 180.1)]
    [InlineData(double.NaN, 0)]
    public void Coordinates_outside_the_globe_are_invalid(double latitude, double longitude) =>
        Assert.False(GeoPoint.IsValid(latitude, longitude));

    [Fact]
    public void The_standard_circle_walks_800_metres_in_ten_minutes_and_reaches_615_metres_straight()
    {
        var circle = WalkingCircle.Standard;

        Assert.Equal(4.8, circle.WalkingSpeedKmh);
        Assert.Equal(800 / 1.3, circle.RadiusMetres, 6);
        Assert.Equal(10, circle.MinutesFor(circle.RadiusMetres), 6);
    }

    [Fact]
    public void A_slower_walking_speed_shrinks_the_circle_in_proportion()
    {
        var brisk = new WalkingCircle(6, 10, 1.3);
        var slow = new WalkingCircle(3, 10, 1.3);

        Assert.Equal(brisk.RadiusMetres / 2, slow.RadiusMetres, 6);
    }

    [Fact]
    public void Nearest_points_come_nearest_first_and_are_limited_to_the_count()
    {
        var origin = new GeoPoint(24.870, 118.576);
        GeoPoint[] points = [origin.Offset(900, 0), origin.Offset(100, 0), origin.Offset(0, 400), origin.Offset(-2_000, 0)];

        var nearest = NearestPoints.Find(points, p => p, origin, 3);

        Assert.Equal(3, nearest.Count);
        Assert.Equal([100, 400, 900], nearest.Select(n => Math.Round(n.Metres)).ToArray());
    }

    [Fact]
    public void Offsetting_a_point_moves_it_by_the_stated_distance()
    {
        var origin = new GeoPoint(24.870, 118.576);

        Assert.Equal(500, origin.DistanceTo(origin.Offset(0, 500)), 0);
        Assert.Equal(500, origin.DistanceTo(origin.Offset(-500, 0)), 0);
    }
}
