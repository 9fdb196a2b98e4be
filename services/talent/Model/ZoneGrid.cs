namespace Qingmeng.Talent.Model;

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
