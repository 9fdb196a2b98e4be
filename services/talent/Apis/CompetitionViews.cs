using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Problems;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Model;
using Qingmeng.ServiceDefaults.Data;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record EntryView(Guid Id, int Edition, string ProjectName, string TeamLead, string Track, string? Award,
    LandingStatus LandingStatus, string? LandedCreditCode, DateOnly? LandedOn, int TalentsIntroduced)
{
    public static EntryView From(CompetitionEntry e) => new(
        e.Id, e.Edition, e.ProjectName, e.TeamLead, e.Track, e.Award, e.LandingStatus, e.LandedCreditCode, e.LandedOn, e.TalentsIntroduced);
}

public sealed record CompetitionSummary(int Entries, int Landed, int Negotiating, int TalentsIntroducedByLanded);
