using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

public sealed record MatchView(
    string PolicyCode, int Version, string Title, PolicyCategory Category, PolicyMode Mode, EligibilityOutcome Outcome,
    decimal? Amount, DateOnly ApplicationClosesOn, bool NearMiss, IReadOnlyList<ExplanationView> Explanations, Coaching Coaching)
{
    public static MatchView From(Policy p, PolicyVersion v, MatchResult r, FirmProfile? profile = null) => new(
        p.Code, v.Version, v.Title, p.Category, v.Mode, r.Outcome, r.Amount, v.ApplicationClosesOn, r.NearMiss,
        r.Explanations.Select(e => ExplanationView.From(e, profile)).ToList(),
        new Coaching(
            r.Unmet.Select(e => ExplanationView.From(e, profile)).ToList(),
            r.Missing.Select(e => ExplanationView.From(e, profile)).ToList(),
            v.Mode == PolicyMode.QuickApplication ? v.Materials : []));
}

public sealed record MatchQuery(EligibilityOutcome? Outcome, PolicyCategory? Category);
