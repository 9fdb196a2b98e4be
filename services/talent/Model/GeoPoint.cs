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
