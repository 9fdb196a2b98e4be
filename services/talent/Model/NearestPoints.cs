namespace Qingmeng.Talent.Model;

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
