extern alias policymatch;

using System.Diagnostics;
using System.Globalization;
using policymatch::Qingmeng.PolicyMatch.Infrastructure.Catalogue;
using policymatch::Qingmeng.PolicyMatch.Model.Matching;
using policymatch::Qingmeng.PolicyMatch.Model.Policies;
using policymatch::Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

// Matching cost on this machine, in memory (no database): the engine the service runs for every firm × policy.
//   dotnet run -c Release --project bench/PolicyMatch.Benchmarks [-- --firms 100000]
var firmCount = args.Length == 2 && args[0] == "--firms" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var now = DateTimeOffset.UtcNow;
var today = new DateOnly(2026, 6, 15);
var policies = PolicyCatalogue.All.Select(entry =>
{
    var policy = Policy.Create(entry.Code, entry.Category, entry.Terms, "bench", now);
    policy.PublishDraft("bench", now);
    return policy.InForce!;
}).ToArray();
var firms = Enumerable.Range(0, firmCount).Select(SyntheticFirm).ToArray();
Console.WriteLine($"{firms.Length:N0} firms × {policies.Length} policies, {Environment.ProcessorCount} cores, {RuntimeInfo()}");

// Warm up (JIT, tiering).
for (var i = 0; i < 2_000; i++)
{
    foreach (var policy in policies)
    {
        PolicyMatcher.Match(policy, firms[i % firms.Length], today);
    }
}

var full = Measure(() => MatchAll(firms, policies, today));
Console.WriteLine($"full re-match with explanations: {full.Elapsed.TotalMilliseconds:N0} ms ({full.Result:N0} evaluations, {full.Elapsed.TotalMilliseconds * 1_000_000 / full.Result:N0} ns each)");

var oneVerdictOnly = Measure(() => VerdictsOnly(firms, policies, today));
Console.WriteLine($"full re-match, verdicts only: {oneVerdictOnly.Elapsed.TotalMilliseconds:N0} ms");

var published = policies.First(p => p.Title.Contains("研发费用分段", StringComparison.Ordinal)); // QM-KJ-004, percentage with cap, four conditions
var incremental = Measure(() => MatchAll(firms, [published], today));
Console.WriteLine($"incremental re-match after one publication: {incremental.Elapsed.TotalMilliseconds:N0} ms ({incremental.Result:N0} evaluations)");

const int rounds = 2_000;
var single = Stopwatch.StartNew();
var eligible = 0;
for (var i = 0; i < rounds; i++)
{
    foreach (var policy in policies)
    {
        if (PolicyMatcher.Match(policy, firms[i], today).Outcome == EligibilityOutcome.Met)
        {
            eligible++;
        }
    }
}
single.Stop();
Console.WriteLine($"one firm × {policies.Length} policies: {single.Elapsed.TotalMilliseconds * 1000 / rounds:N1} µs (mean of {rounds:N0} firms; {eligible:N0} eligible verdicts)");

static (TimeSpan Elapsed, long Result) Measure(Func<long> run)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var clock = Stopwatch.StartNew();
    var result = run();
    return (clock.Elapsed, result);
}

static long MatchAll(Facts[] firms, PolicyVersion[] policies, DateOnly today)
{
    long explanations = 0;
    Parallel.For(0, firms.Length, () => 0L, (i, _, local) =>
    {
        foreach (var policy in policies)
        {
            local += PolicyMatcher.Match(policy, firms[i], today).Explanations.Count > 0 ? 1 : 0;
        }
        return local;
    }, local => Interlocked.Add(ref explanations, local));
    return explanations;
}

static long VerdictsOnly(Facts[] firms, PolicyVersion[] policies, DateOnly today)
{
    long met = 0;
    Parallel.For(0, firms.Length, () => 0L, (i, _, local) =>
    {
        foreach (var policy in policies)
        {
            if (EligibilityEvaluator.Evaluate(policy.Conditions, firms[i]).Outcome == EligibilityOutcome.Met)
            {
                local++;
            }
        }
        return local;
    }, local => Interlocked.Add(ref met, local));
    return met;
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
