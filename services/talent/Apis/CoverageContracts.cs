using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record CoverageQuery(
    [property: Range(1.0, 10.0)] double? WalkingSpeedKmh,
    [property: Range(1.0, 60.0)] double? Minutes);

public sealed record CoverageView(
    double WalkingSpeedKmh, double Minutes, double DetourFactor, double CellMetres, int ServicePoints, CoverageReport Coverage);
