using System.Diagnostics;
using System.Globalization;
using Qingmeng.Finance.Infrastructure.ReferenceData;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Benchmarks.Finance;

/// <summary>
/// 1. Matchmaking of one firm against every seeded product (evaluate every rule with explanations, rank).
/// 2. A white-list push over 100,000 firms: score every firm on the indicators and check each listed firm
///    against the IP-pledge products' rules. Prints a Markdown table; arguments: [firms] [single-match iterations].
/// </summary>
public static class FinanceBenchmark
{
    public static void Main(string[] args)
    {
        var firms = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var lpr = new LprRates(3.0m, 3.5m);
        var products = FinanceCatalogue.Products.Select(LoanProduct.Create).ToList();
        var ipPledge = products.Where(p => p.RequiresWhitelist).ToList();
        var now = DateTimeOffset.UtcNow;

        // 1. One firm × all products.
        var profile = Profile(0, now);
        var facts = FinanceFields.For(profile, 2_000_000m, 24, hasMaturingLoan: false);
        for (var i = 0; i < 2_000; i++)
        {
            Matchmaker.Rank(products, facts, lpr, 2_000_000m, 24);
        }
        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            Matchmaker.Rank(products, facts, lpr, 2_000_000m, 24);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        Array.Sort(samples);

        // 2. 100,000 firms: score, list those above the threshold, check them against the IP-pledge products.
        var profiles = Enumerable.Range(0, firms).Select(i => Profile(i, now)).ToList();
        var runs = new List<(double Seconds, int Listed, int Eligible)>();
        for (var run = 0; run < 4; run++)
        {
            var clock = Stopwatch.StartNew();
            var listed = 0;
            var eligible = 0;
            foreach (var firm in profiles)
            {
                var score = WhitelistScoring.Score(firm);
                if (!score.Qualifies(60m))
                {
                    continue;
                }
                listed++;
                firm.SetWhitelist(true, now);
                var firmFacts = FinanceFields.For(firm, 1_000_000m, 12, hasMaturingLoan: false);
                if (ipPledge.Any(p => EligibilityEvaluator.Evaluate(Matchmaker.RulesOf(p), firmFacts, FinanceFields.Catalog).Outcome == EligibilityOutcome.Met))
                {
                    eligible++;
                }
            }
            runs.Add((clock.Elapsed.TotalSeconds, listed, eligible));
        }
        var measured = runs.Skip(1).OrderBy(r => r.Seconds).ToList();
        var median = measured[measured.Count / 2];

        Console.WriteLine($"Finance benchmarks — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| scenario | result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| one firm × {products.Count} products (rules, explanations, ranking), {iterations:N0} runs | p50 {Percentile(samples, 0.50):0.0} µs, p99 {Percentile(samples, 0.99):0.0} µs, mean {samples.Average():0.0} µs |");
        Console.WriteLine($"| white-list push: score {firms:N0} firms, check listed ones against {ipPledge.Count} IP-pledge products (median of 3 after warm-up) | {median.Seconds * 1000:0} ms ({firms / median.Seconds:N0} firms/s); {median.Listed:N0} listed, {median.Eligible:N0} eligible |");
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    /// <summary>Deterministic, varied firms: patents, R&amp;D, growth and rating spread so about half qualify.</summary>
    private static FirmProfile Profile(int i, DateTimeOffset now)
    {
        string[] ratings = ["AAA", "AA", "A", "BBB", "BB", "B", "C"];
        var code = $"9135050{i:D10}X";
        return FirmProfile.Create(code, new FirmProfileData(
            $"泉州样本企业{i}", 5_000_000m + (i % 97) * 1_000_000m, (i % 41) - 10m, (i % 13) * 0.6m,
            i % 7, i % 15, 20 + i % 400, 1 + i % 20, ratings[i % ratings.Length],
            i % 3 == 0, i % 4 == 0, i % 29 == 0, i % 5 == 0, i % 6 == 0), now);
    }
}
