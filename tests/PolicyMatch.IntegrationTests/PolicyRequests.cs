namespace PolicyMatch.IntegrationTests;

/// <summary>Policy terms as an officer would send them, with hooks to break one part at a time.</summary>
internal static class PolicyRequests
{
    public static object Terms(
        object? conditions = null, object? amountRule = null, string mode = "QuickApplication",
        string opens = "2026-01-01", string closes = "2026-12-31", decimal budget = 1_000_000m, string title = "企业研发投入增量奖励（试行）") => new
        {
            title,
            issuingBody = "清濛开发区科技和工业信息化局",
            documentNumber = "清濛科工〔2026〕9号",
            summary = "对研发投入增长的企业给予奖励。",
            clauses = new object[]
            {
                new { number = 1, heading = "适用对象", text = "第一条 适用对象。在清濛开发区登记注册的企业。" },
                new { number = 2, heading = "支持标准", text = "第二条 支持标准。给予一次性奖励10万元。" },
                new { number = 3, heading = "资金管理", text = "第三条 资金管理。额满即止，同一企业同一年度限享受一次。" },
            },
            tags = new[] { "研发投入", "试行" },
            materials = new[] { "研发费用专项审计报告" },
            effectiveFrom = "2026-01-01",
            effectiveTo = "2027-12-31",
            applicationOpensOn = opens,
            applicationClosesOn = closes,
            budgetPeriod = "2026",
            budgetEnvelope = budget,
            amountRule = amountRule ?? new Dictionary<string, object> { ["$type"] = "fixed", ["amount"] = 100_000m },
            mode,
            conditions = conditions ?? Comparison("employees", "GreaterThanOrEqual", 1),
        };

    public static Dictionary<string, object> Comparison(string field, string op, object value) =>
        new() { ["$type"] = "comparison", ["field"] = field, ["operator"] = op, ["value"] = value };

    public static Dictionary<string, object> AllOf(params object[] conditions) =>
        new() { ["$type"] = "allOf", ["conditions"] = conditions };

    public static object Create(string code, object terms, string category = "TechInnovation") => new { code, category, terms };
}
