using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>Filters: the topic (module or policy code), the source's reference, the theme (policy category).</summary>
public sealed record SignalQuery(string? Topic, string? Reference, PolicyCategory? Theme);

/// <summary>The signals of one theme, by source.</summary>
public sealed record DemandThemeView(PolicyCategory Theme, string Name, long ClosedCases, long ConsultantQuestions, DateTimeOffset LatestAt);

public sealed record DemandSignalView(
    Guid Id,
    DemandSignalSource Source,
    string Reference,
    string Topic,
    PolicyCategory? Theme,
    string? ThemeName,
    string Title,
    string? Detail,
    string? CreditCode,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    IReadOnlyList<DemandSignalMatch> Matches);
