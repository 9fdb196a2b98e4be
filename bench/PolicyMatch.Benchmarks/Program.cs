extern alias policymatch;

using System.Diagnostics;
using System.Globalization;
using policymatch::Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using policymatch::Qingmeng.PolicyMatch.Model.Matching;
using policymatch::Qingmeng.PolicyMatch.Model.Policies;
using policymatch::Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

// Matching cost on this machine, in memory (no database): the engine the service runs for every firm × policy.
//   dotnet run -c Release --project bench/PolicyMatch.Benchmarks [-- --firms 100000 --runs 3 --skip-old]
// The compiled path (BulkMatcher over CompiledPolicy, what MatchingService runs) is measured --runs times and the
// median reported; the old path (PolicyMatcher.Match on the shared evaluator, every explanation formatted) once.
var firmCount = Option("--firms", 100_000);
var runs = Option("--runs", 3);
var skipOld = args.Contains("--skip-old");
var now = DateTimeOffset.UtcNow;
var today = new DateOnly(2026, 6, 15);
var policies = PolicyCatalogue.All.Select(entry =>
{
    var policy = Policy.Create(entry.Code, entry.Category, entry.Terms, "bench", now);
    policy.PublishDraft("bench", now);
    return policy.InForce!;
}).ToArray();
var firms = Enumerable.Range(0, firmCount).Select(SyntheticFirm).ToArray();
var published = policies.First(p => p.Title.Contains("研发费用分段", StringComparison.Ordinal)); // QM-KJ-004, percentage with cap, four conditions
Console.WriteLine($"{firms.Length:N0} firms × {policies.Length} policies, {Environment.ProcessorCount} cores, {RuntimeInfo()}, load average {LoadAverage()}");

// Warm up both paths (JIT, tiering).
for (var i = 0; i < 2_000; i++)
{
    foreach (var policy in policies)
    {
        PolicyMatcher.Match(policy, firms[i % firms.Length], today);
    }
}
for (var i = 0; i < 3; i++)
{
    MatchAllCompiled(firms.AsSpan(0, Math.Min(firms.Length, 20_000)).ToArray(), policies, today);
}

Console.WriteLine();
Console.WriteLine("compiled path (compile + load facts into rows + evaluate, compact explanation per firm × policy, 2 cores):");
var full = Median(runs, () => MatchAllCompiled(firms, policies, today));
Console.WriteLine($"  full re-match with explanations: {Ms(full.Elapsed)} ms ({full.Result.Evaluations:N0} evaluations, {full.Elapsed.TotalMilliseconds * 1_000_000 / full.Result.Evaluations:N0} ns each; {full.Result.Eligible:N0} eligible, {full.Result.NearMisses:N0} near misses) [{full.Spread}]");
var incremental = Median(runs, () => MatchAllCompiled(firms, [published], today));
Console.WriteLine($"  incremental re-match after one publication: {Ms(incremental.Elapsed)} ms ({incremental.Result.Evaluations:N0} evaluations) [{incremental.Spread}]");
var oneCompact = MedianMicroseconds(runs, () => OneFirmCompiled(firms, policies, today, render: false));
Console.WriteLine($"  one firm × {policies.Length} policies (as after a profile change): {oneCompact.Median:N1} µs (mean of 2,000 firms) [{oneCompact.Spread}]");
var oneRendered = MedianMicroseconds(runs, () => OneFirmCompiled(firms, policies, today, render: true));
Console.WriteLine($"  one firm × {policies.Length} policies, every explanation rendered: {oneRendered.Median:N1} µs (mean of 2,000 firms) [{oneRendered.Spread}]");

if (!skipOld)
{
    Console.WriteLine();
    Console.WriteLine("old path (PolicyMatcher.Match on EligibilityEvaluator, 2 cores), once:");
    var oldFull = Measure(() => MatchAllOld(firms, policies, today));
    Console.WriteLine($"  full re-match with explanations: {Ms(oldFull.Elapsed)} ms, CPU {Ms(oldFull.Cpu)} ms ({oldFull.Result.Eligible:N0} eligible, {oldFull.Result.NearMisses:N0} near misses)");
    Console.WriteLine($"  same verdicts and near misses as the compiled path: {(oldFull.Result.Eligible == full.Result.Eligible && oldFull.Result.NearMisses == full.Result.NearMisses ? "yes" : "NO")}");
    var oldIncremental = Measure(() => MatchAllOld(firms, [published], today));
    Console.WriteLine($"  incremental re-match after one publication: {Ms(oldIncremental.Elapsed)} ms, CPU {Ms(oldIncremental.Cpu)} ms");
    Console.WriteLine($"  one firm × {policies.Length} policies: {OneFirmOld(firms, policies, today):N1} µs (mean of 2,000 firms)");
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture);


static (TimeSpan Elapsed, T Result, TimeSpan Cpu) Measure<T>(Func<T> run)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = run();
    var elapsed = clock.Elapsed;
    return (elapsed, result, Process.GetCurrentProcess().TotalProcessorTime - cpu);
}

static (TimeSpan Elapsed, T Result, string Spread) Median<T>(int runs, Func<T> run)
{
    var results = Enumerable.Range(0, Math.Max(1, runs)).Select(_ => Measure(run)).OrderBy(r => r.Elapsed).ToList();
    var median = results[results.Count / 2];
    // CPU time (all threads) as well: on a machine shared with other work the wall time includes waiting for a core.
    return (median.Elapsed, median.Result, $"median of {results.Count}; wall " + string.Join(", ", results.Select(r => Ms(r.Elapsed)))
        + " ms; CPU " + string.Join(", ", results.Select(r => Ms(r.Cpu))) + " ms");
}

// What the service runs: compile (through no cache: cold), then every firm against every policy, the compact
// explanation of each evaluation in the worker's buffer for the handler, which keeps counts here.
static Tally MatchAllCompiled(Facts[] firms, PolicyVersion[] policies, DateOnly today)
{
    var matcher = BulkMatcher.For(policies, today);
    var eligible = new int[firms.Length];
    var nearMisses = new int[firms.Length];
    var explained = new int[firms.Length];
    matcher.Match(firms, matches =>
    {
        var met = 0;
        var near = 0;
        foreach (var summary in matches.Summaries)
        {
            met += summary.Outcome == EligibilityOutcome.Met ? 1 : 0;
            near += summary.NearMiss ? 1 : 0;
        }
        eligible[matches.Firm] = met;
        nearMisses[matches.Firm] = near;
        explained[matches.Firm] = matches.Summaries.Length;
    });
    return new Tally(explained.Sum(x => (long)x), eligible.Sum(x => (long)x), nearMisses.Sum(x => (long)x));
}

static Tally MatchAllOld(Facts[] firms, PolicyVersion[] policies, DateOnly today)
{
    long evaluations = 0, eligible = 0, nearMisses = 0;
    Parallel.For(0, firms.Length, () => new Tally(0, 0, 0), (i, _, local) =>
    {
        foreach (var policy in policies)
        {
            var result = PolicyMatcher.Match(policy, firms[i], today);
            local = new Tally(
                local.Evaluations + (result.Explanations.Count > 0 ? 1 : 0),
                local.Eligible + (result.Outcome == EligibilityOutcome.Met ? 1 : 0),
                local.NearMisses + (result.NearMiss ? 1 : 0));
        }
        return local;
    }, local =>
    {
        Interlocked.Add(ref evaluations, local.Evaluations);
        Interlocked.Add(ref eligible, local.Eligible);
        Interlocked.Add(ref nearMisses, local.NearMisses);
    });
    return new Tally(evaluations, eligible, nearMisses);
}

static (double Median, string Spread) MedianMicroseconds(int runs, Func<double> run)
{
    var results = Enumerable.Range(0, Math.Max(1, runs)).Select(_ => run()).Order().ToList();
    return (results[results.Count / 2], $"median of {results.Count}; " + string.Join(", ", results.Select(r => r.ToString("N1", CultureInfo.InvariantCulture))));
}

// Mean µs per firm: the policies come from the service's cache of compiled versions, as in MatchingService.RematchFirmAsync.
static double OneFirmCompiled(Facts[] firms, PolicyVersion[] policies, DateOnly today, bool render)
{
    const int rounds = 2_000;
    var compiled = new CompiledPolicies();
    foreach (var policy in policies)
    {
        compiled.For(policy);
    }
    var clock = Stopwatch.StartNew();
    var rendered = 0;
    for (var i = 0; i < rounds; i++)
    {
        BulkMatcher.For(policies, today, compiled).Match(firms[i], matches =>
        {
            if (render)
            {
                for (var p = 0; p < matches.Summaries.Length; p++)
                {
                    rendered += matches.Render(p).Explanations.Count;
                }
            }
        });
    }
    GC.KeepAlive(rendered);
    return clock.Elapsed.TotalMicroseconds / rounds;
}

static double OneFirmOld(Facts[] firms, PolicyVersion[] policies, DateOnly today)
{
    const int rounds = 2_000;
    var clock = Stopwatch.StartNew();
    var eligible = 0;
    for (var i = 0; i < rounds; i++)
    {
        foreach (var policy in policies)
        {
            eligible += PolicyMatcher.Match(policy, firms[i], today).Outcome == EligibilityOutcome.Met ? 1 : 0;
        }
    }
    GC.KeepAlive(eligible);
    return clock.Elapsed.TotalMicroseconds / rounds;
}

static Facts SyntheticFirm(int n)
{
    var random = new Random(n);
    var facts = new Facts()
        .Set(ProfileFields.IndustryCode, new[] { "C39", "C35", "C34", "C18", "C26", "I65", "L72" }[random.Next(7)])
        .Set(ProfileFields.IndustryChain, new[] { "智能装备", "电子信息", "新材料", "纺织鞋服", "生物医药" }[random.Next(5)])
        .Set(ProfileFields.SizeClass, new[] { "大型", "中型", "小型", "微型" }[random.Next(4)])
        .Set(ProfileFields.AboveDesignatedSize, random.Next(2) == 0)
        .Set(ProfileFields.Location, new[] { "清濛园区", "崇宏园区", "紫山片区", "滨江片区" }[random.Next(4)])
        .Set(ProfileFields.AnnualRevenue, random.Next(1_000, 500_000) * 1_000m)
        .Set(ProfileFields.RdRatio, random.Next(0, 80) / 10m)
        .Set(ProfileFields.RdExpense, random.Next(0, 10_000) * 1_000m)
        .Set(ProfileFields.Employees, random.Next(3, 2_000))
        .Set(ProfileFields.SocialInsuranceMonths, random.Next(0, 60))
        .Set(ProfileFields.CreditStanding, new[] { "A", "A", "B", "C", "D" }[random.Next(5)])
        .Set(ProfileFields.PenaltiesLast12Months, random.Next(0, 3))
        .Set(ProfileFields.Certifications, new[] { "高新技术企业", "科技型中小企业", "创新型中小企业", "省级专精特新中小企业" }.Where(_ => random.Next(3) == 0));
    // Some facts only some firms have told us: the rest stay unknown.
    if (random.Next(2) == 0)
    {
        facts.Set(ProfileFields.InventionPatents, random.Next(0, 20)).Set(ProfileFields.LoanAmount, random.Next(0, 5_000) * 1_000m);
    }
    if (random.Next(3) == 0)
    {
        facts.Set(ProfileFields.ExportValue, random.Next(0, 50_000) * 1_000m).Set(ProfileFields.NewHires, random.Next(0, 100));
    }
    return facts;
}

static string RuntimeInfo() => $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

internal readonly record struct Tally(long Evaluations, long Eligible, long NearMisses);
