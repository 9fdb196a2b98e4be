namespace Qingmeng.Talent.Model;

/// <summary>
/// 引工大使评选: an ambassador's award for a year, given by an administrator from the ranking; one per ambassador and
/// year (a unique index decides a race).
/// </summary>
public sealed class AmbassadorAward
{
    public Guid Id { get; private set; }

    public Guid AmbassadorId { get; private set; }

    public int Year { get; private set; }

    /// <summary>e.g. 优秀引工大使, 金牌引工大使.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The verified hires the ambassador had in the year when the award was given.</summary>
    public int Hires { get; private set; }

    public string AwardedBy { get; private set; } = "";

    public DateTimeOffset AwardedAt { get; private set; }

    private AmbassadorAward()
    {
    }

    public static AmbassadorAward Give(Guid ambassadorId, int year, string title, int hires, string awardedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AmbassadorId = ambassadorId,
        Year = year,
        Title = title,
        Hires = hires,
        AwardedBy = awardedBy,
        AwardedAt = now,
    };
}
