using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record CreateServicePointRequest(
    [property: Required, RegularExpression("^[A-Z][A-Z0-9-]{2,31}$", ErrorMessage = "code 须为大写编码，如 QM-ST-01 (code must be an upper-case code such as QM-ST-01)")] string Code,
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required] ServicePointKind? Kind,
    [property: Required, StringLength(50, MinimumLength = 2)] string Province,
    [property: Required, StringLength(50, MinimumLength = 2)] string City,
    [property: Required, StringLength(300, MinimumLength = 2)] string Address,
    [property: Required, Range(-90.0, 90.0)] double? Latitude,
    [property: Required, Range(-180.0, 180.0)] double? Longitude,
    [property: StringLength(100)] string? OpeningHours,
    [property: Range(0, 10_000_000)] int JobSeekersServed = 0);

public sealed record ServicePointQuery(ServicePointKind? Kind, [property: StringLength(50)] string? Province);

public sealed record ServicePointView(
    Guid Id, string Code, string Name, ServicePointKind Kind, string Province, string City, string Address,
    double Latitude, double Longitude, string? OpeningHours, int JobSeekersServed)
{
    public static ServicePointView From(ServicePoint p) => new(
        p.Id, p.Code, p.Name, p.Kind, p.Province, p.City, p.Address, p.Latitude, p.Longitude, p.OpeningHours, p.JobSeekersServed);
}
