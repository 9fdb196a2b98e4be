using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Eligibility;

namespace PolicyMatch.Tests;

internal static class TestPolicies
{
    public static readonly DateTimeOffset Now = new(2026, 5, 11, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 5, 11);

    public static Comparison Compare<T>(string field, ComparisonOperator op, T value) => Comparison.Of(field, op, value);

    public static PolicyTerms Terms(
        Condition? conditions = null, AmountRule? amount = null, PolicyMode mode = PolicyMode.QuickApplication,
        DateOnly? opens = null, DateOnly? closes = null, decimal budget = 1_000_000m, DateOnly? effectiveTo = null) => new(
        "研发费用分段补助（测试）",
        "清濛开发区科技和工业信息化局",
        "清濛科工〔2026〕1号",
        "测试用政策。",
        [new PolicyClause(1, "适用对象", "第一条 适用对象。……"), new PolicyClause(2, "支持标准", "第二条 支持标准。……")],
        ["研发投入"],
        ["研发费用专项审计报告"],
        new DateOnly(2026, 1, 1),
        effectiveTo ?? new DateOnly(2027, 12, 31),
        opens ?? new DateOnly(2026, 1, 1),
        closes ?? new DateOnly(2026, 12, 31),
        "2026",
        budget,
        amount ?? new FixedAmount(100_000m),
        mode,
        conditions ?? Compare("rdRatio", ComparisonOperator.GreaterThanOrEqual, 3m));

    public static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value);
}
