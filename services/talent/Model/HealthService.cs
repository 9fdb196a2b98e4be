
namespace Qingmeng.Talent.Model;

/// <summary>The two kinds of 健康十条 service the zone hospital offers beyond its normal clinic hours.</summary>
public enum HealthServiceKind
{
    /// <summary>上门服务: a doctor or nurse comes to the home.</summary>
    HomeVisit,
    /// <summary>延时服务: clinic hours extended into the evening and weekends for workers.</summary>
    ExtendedHours,
}

/// <summary>A bookable health service and its service hours (China time); slots must lie inside them.</summary>
public sealed class HealthService
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public HealthServiceKind Kind { get; private set; }

    public string Provider { get; private set; } = "";

    public string Description { get; private set; } = "";

    public TimeOnly OpensAt { get; private set; }

    public TimeOnly ClosesAt { get; private set; }

    private HealthService()
    {
    }

    public static HealthService Create(string code, string name, HealthServiceKind kind, string provider, string description, TimeOnly opensAt, TimeOnly closesAt, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Name = name,
        Kind = kind,
        Provider = provider,
        Description = description,
        OpensAt = opensAt,
        ClosesAt = closesAt,
    };

    public bool Covers(TimeOnly startsAt, TimeOnly endsAt) => startsAt >= OpensAt && endsAt <= ClosesAt;
}
