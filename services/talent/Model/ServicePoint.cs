namespace Qingmeng.Talent.Model;

public enum ServicePointKind
{
    /// <summary>就业服务站 in the zone (the job-service mini program's offline counters).</summary>
    EmploymentStation,

    /// <summary>社区就业服务点 in a community or industrial park.</summary>
    CommunityPoint,

    /// <summary>对外劳务协作服务站 in another province, where workers are recruited.</summary>
    LabourCooperationStation,
}

/// <summary>A place where job seekers get help, with coordinates for nearest-point and coverage queries.</summary>
public sealed class ServicePoint
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public ServicePointKind Kind { get; private set; }

    public string Province { get; private set; } = "";

    public string City { get; private set; } = "";

    public string Address { get; private set; } = "";

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public string? OpeningHours { get; private set; }

    /// <summary>Job seekers the point attracted (累计吸引求职者人次), reported by the station.</summary>
    public int JobSeekersServed { get; private set; }

    private ServicePoint()
    {
    }

    public GeoPoint Position => new(Latitude, Longitude);

    public static ServicePoint Create(
        string code, string name, ServicePointKind kind, string province, string city, string address,
        double latitude, double longitude, string? openingHours, int jobSeekersServed, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Name = name,
            Kind = kind,
            Province = province,
            City = city,
            Address = address,
            Latitude = latitude,
            Longitude = longitude,
            OpeningHours = openingHours,
            JobSeekersServed = jobSeekersServed,
        };
}
