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

public sealed record CandidateView(string CreditCode, string Name, EligibilityOutcome Outcome, decimal? Amount, bool NearMiss, int UnmetCount, int MissingCount, DateTimeOffset? EligibleSince, DateTimeOffset? NotifiedAt);

public sealed record CandidateQuery(EligibilityOutcome? Outcome, bool? NearMiss);

public sealed record CultivationView(string CreditCode, string Name, string PolicyCode, int Version, string Title, IReadOnlyList<ExplanationView> Gaps);
