using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record NearestQuery(
    [property: Required, Range(-90.0, 90.0)] double? Latitude,
    [property: Required, Range(-180.0, 180.0)] double? Longitude,
    [property: Range(1, 20)] int? Count,
    ServicePointKind? Kind);

public sealed record NearestPointView(ServicePointView Point, double DistanceMetres, double WalkingMinutes, bool WithinCircle);

public sealed record NearestResult(double Latitude, double Longitude, double WalkingSpeedKmh, double CircleMinutes, IReadOnlyList<NearestPointView> Points);
