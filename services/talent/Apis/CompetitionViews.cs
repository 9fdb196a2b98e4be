using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record EntryView(Guid Id, int Edition, string ProjectName, string TeamLead, string Track, string? Award,
    LandingStatus LandingStatus, string? LandedCreditCode, DateOnly? LandedOn, int TalentsIntroduced)
{
    public static EntryView From(CompetitionEntry e) => new(
        e.Id, e.Edition, e.ProjectName, e.TeamLead, e.Track, e.Award, e.LandingStatus, e.LandedCreditCode, e.LandedOn, e.TalentsIntroduced);
}

public sealed record CompetitionSummary(int Entries, int Landed, int Negotiating, int TalentsIntroducedByLanded);
