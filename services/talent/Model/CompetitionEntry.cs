namespace Qingmeng.Talent.Model;

/// <summary>Where a 清濛杯 project stands on landing in the zone (落地).</summary>
public enum LandingStatus
{
    NotLanded,
    Negotiating,
    Landed,
}

/// <summary>An entry of the 清濛杯 innovation competition (以赛聚才) and whether its project landed in the zone.</summary>
public sealed class CompetitionEntry
{
    public Guid Id { get; private set; }

    /// <summary>The competition year, e.g. 2024.</summary>
    public int Edition { get; private set; }

    public string ProjectName { get; private set; } = "";

    public string TeamLead { get; private set; } = "";

    /// <summary>赛道, e.g. 智能制造, 新材料, 数字经济.</summary>
    public string Track { get; private set; } = "";

    public string? Award { get; private set; }

    public LandingStatus LandingStatus { get; private set; }

    /// <summary>The firm registered in the zone for the project, once it has landed.</summary>
    public string? LandedCreditCode { get; private set; }

    public DateOnly? LandedOn { get; private set; }

    /// <summary>Talents the project brings (国家级重大人才计划, 博士 …).</summary>
    public int TalentsIntroduced { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    private CompetitionEntry()
    {
    }

    public static CompetitionEntry Enter(int edition, string projectName, string teamLead, string track, string? award, int talentsIntroduced, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Edition = edition,
        ProjectName = projectName,
        TeamLead = teamLead,
        Track = track,
        Award = award,
        LandingStatus = LandingStatus.NotLanded,
        TalentsIntroduced = talentsIntroduced,
        CreatedAt = now,
    };

    /// <summary>Moves the landing status; landing needs the firm registered in the zone. Null when accepted, else why not.</summary>
    public string? UpdateLanding(LandingStatus status, string? creditCode, DateOnly? landedOn, int? talentsIntroduced)
    {
        if (LandingStatus == LandingStatus.Landed && status != LandingStatus.Landed)
        {
            return "已落地的项目不能退回到之前的落地状态 (a landed project cannot go back to an earlier landing status)";
        }
        if (status == LandingStatus.Landed && (creditCode is null || landedOn is null))
        {
            return "已落地的项目须填写在园区注册企业的统一社会信用代码和落地日期 (a landed project needs the credit code of the firm registered in the zone and the landing date)";
        }
        LandingStatus = status;
        LandedCreditCode = status == LandingStatus.Landed ? creditCode : null;
        LandedOn = status == LandingStatus.Landed ? landedOn : null;
        if (talentsIntroduced is { } talents)
        {
            TalentsIntroduced = talents;
        }
        return null;
    }
}
