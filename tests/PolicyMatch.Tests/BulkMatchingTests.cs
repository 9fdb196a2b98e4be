using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using static PolicyMatch.Tests.TestPolicies;

namespace PolicyMatch.Tests;

/// <summary>
/// The bulk path (compiled policies, compact explanations, several cores) against the reference
/// <see cref="PolicyMatcher.Match(PolicyVersion, Facts, DateOnly)"/>: every seeded policy × synthetic firms built
/// around the policies' own thresholds and values (fixed seed), with unknown facts, windows open and shut.
/// </summary>
public sealed class BulkMatchingTests
{
    private static readonly PolicyVersion[] Seeded = [.. PolicyCatalogue.All.Select(entry =>
    {
        var policy = Policy.Create(entry.Code, entry.Category, entry.Terms, "test", Now);
        policy.PublishDraft("test", Now);
        return policy.InForce!;
    })];

    [Theory]
    [InlineData("2026-06-15")] // windows open
    [InlineData("2026-02-10")] // some windows not yet open
    [InlineData("2027-03-01")] // windows shut, some policies no longer in force
    public void Every_seeded_policy_renders_from_the_compact_explanation_exactly_as_the_matcher_explains(string day)
    {
        var today = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        var firms = SyntheticFirms(new Random(6), 1_500);
        var matcher = BulkMatcher.For(Seeded, today);
        var problems = new ConcurrentQueue<string>();
        var evaluations = 0;

        matcher.Match(firms, matches =>
        {
            for (var p = 0; p < Seeded.Length; p++)
            {
                var expected = PolicyMatcher.Match(Seeded[p], firms[matches.Firm], today);
                var summary = matches.Summaries[p];
                var rendered = matches.Render(p);
                if (summary != MatchSummary.Of(expected) || Text(summary.Amount) != Text(expected.Amount))
                {
                    problems.Enqueue($"{Seeded[p].Title}, firm {matches.Firm}: summary {summary} ≠ {MatchSummary.Of(expected)}");
                }
                if (rendered.Outcome != expected.Outcome || rendered.NearMiss != expected.NearMiss || rendered.WindowOpen != expected.WindowOpen
                    || Text(rendered.Amount) != Text(expected.Amount) || !rendered.Explanations.SequenceEqual(expected.Explanations))
                {
                    problems.Enqueue($"{Seeded[p].Title}, firm {matches.Firm}: rendered {string.Join("；", rendered.Explanations.Select(e => e.Text))} ≠ {string.Join("；", expected.Explanations.Select(e => e.Text))}");
                }
                Interlocked.Increment(ref evaluations);
            }
        });

        Assert.Equal(1_500 * 85, evaluations);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.Take(10)));
    }

    [Fact]
    public void The_synthetic_firms_reach_every_outcome_and_near_misses()
    {
        var firms = SyntheticFirms(new Random(6), 1_500);
        var outcomes = firms.SelectMany(f => Seeded.Select(p => PolicyMatcher.Match(p, f, new DateOnly(2026, 6, 15)))).ToList();

        Assert.All(Enum.GetValues<EligibilityOutcome>(), o => Assert.Contains(outcomes, r => r.Outcome == o));
        Assert.Contains(outcomes, r => r.NearMiss);
        Assert.Contains(outcomes, r => r.Explanations.Any(e => e.Operator == "≠")); // a NOT pushed down
    }

    [Fact]
    public void Amounts_come_out_to_the_same_decimal_places_as_the_amount_rules_give()
    {
        decimal[] percents = [10m, 1.5m, 20m, 0.5m, 33m, 12.25m];
        var random = new Random(7);
        var row = new FactRow(ProfileFields.Schema);
        var outcomes = new byte[8];
        foreach (var percent in percents)
        {
            var rule = new PercentageAmount(ProfileFields.RdExpense, percent, 1_000_000m);
            var compiled = CompiledPolicy.Compile(Compare(ProfileFields.RdExpense, ComparisonOperator.GreaterThanOrEqual, 0m), rule, Today, Today);
            for (var i = 0; i < 5_000; i++)
            {
                var figure = new decimal(random.NextInt64(0, 20_000_000_000)) / (decimal)Math.Pow(10, random.Next(4)) * (random.Next(3) == 0 ? 100 : 1);
                var facts = new Facts().Set(ProfileFields.RdExpense, figure);

                var amount = compiled.Evaluate(row.Load(facts, compiled.Slots), windowOpen: true, outcomes).Amount;

                Assert.Equal(Text(AmountRules.Compute(rule, facts)), Text(amount));
            }
        }
    }

    [Fact]
    public void A_policy_matched_in_bulk_gives_each_firm_its_own_result_whatever_the_core()
    {
        var policy = Seeded.First(p => p.Title.Contains("研发费用分段", StringComparison.Ordinal));
        var firms = SyntheticFirms(new Random(8), 40_000);
        var parallel = new MatchSummary[firms.Count];
        var sequential = new MatchSummary[firms.Count];

        BulkMatcher.For([policy], Today).Match(firms, m => parallel[m.Firm] = m.Summaries[0]);
        BulkMatcher.For([policy], Today).Match(firms, m => sequential[m.Firm] = m.Summaries[0], maxDegreeOfParallelism: 1);

        Assert.Equal(sequential, parallel);
        Assert.Equal(firms.Select(f => MatchSummary.Of(PolicyMatcher.Match(policy, f, Today))), parallel);
    }

    private static string? Text(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Firms whose facts sit on, just beside or far from the values the seeded policies ask for; some facts unknown.</summary>
    private static List<Facts> SyntheticFirms(Random random, int count)
    {
        var values = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        foreach (var version in Seeded)
        {
            Collect(version.Conditions, values);
        }
        return [.. Enumerable.Range(0, count).Select(_ => SyntheticFirm(random, values))];
    }

    private static void Collect(Condition condition, Dictionary<string, List<JsonElement>> values)
    {
        switch (condition)
        {
            case AllOf all:
                all.Conditions.ToList().ForEach(c => Collect(c, values));
                break;
            case AnyOf any:
                any.Conditions.ToList().ForEach(c => Collect(c, values));
                break;
            case Not not:
                Collect(not.Condition, values);
                break;
            case Comparison c:
                var list = values.TryGetValue(c.Field, out var known) ? known : values[c.Field] = [];
                if (c.Value.ValueKind == JsonValueKind.Array)
                {
                    list.AddRange(c.Value.EnumerateArray());
                }
                else if (c.Value.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null)
                {
                    list.Add(c.Value);
                }
                break;
        }
    }

    private static Facts SyntheticFirm(Random random, Dictionary<string, List<JsonElement>> values)
    {
        var facts = new Facts();
        foreach (var field in ProfileFields.All)
        {
            if (random.Next(5) == 0)
            {
                continue; // unknown
            }
            var seen = values.GetValueOrDefault(field.Key) ?? [];
            JsonElement? near = seen.Count > 0 ? seen[random.Next(seen.Count)] : null;
            switch (field.Kind)
            {
                case ProfileFieldKind.Number:
                    var basis = near is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : random.Next(0, 1_000);
                    // On the threshold, within the near-miss band, or far off; whole and fractional.
                    var factor = new[] { 1m, 0.9m, 0.85m, 1.1m, 0.5m, 0m, 3m, 0.95m }[random.Next(8)];
                    facts.Set(field.Key, Math.Round(basis * factor + random.Next(-1, 2) * (random.Next(2) == 0 ? 1m : 0.1m), random.Next(3)) is var v && v >= 0 ? v : 0m);
                    break;
                case ProfileFieldKind.Flag:
                    facts.Set(field.Key, random.Next(2) == 0);
                    break;
                case ProfileFieldKind.Date:
                    facts.Set(field.Key, new DateOnly(2018, 1, 1).AddDays(random.Next(0, 3_000)));
                    break;
                case ProfileFieldKind.TextSet:
                    facts.Set(field.Key, seen.Where(v => v.ValueKind == JsonValueKind.String && random.Next(4) == 0).Select(v => v.GetString()!));
                    break;
                default:
                    var text = near is { ValueKind: JsonValueKind.String } t ? t.GetString()! : "其他";
                    // Industry codes also one level deeper (C3911 under C39), texts sometimes something else.
                    facts.Set(field.Key, random.Next(5) == 0 ? "其他" : random.Next(3) == 0 ? text + random.Next(10).ToString(CultureInfo.InvariantCulture) : text);
                    break;
            }
        }
        return facts;
    }
}
