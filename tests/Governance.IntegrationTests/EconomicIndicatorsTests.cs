using System.Net;
using System.Text.Json;
using Qingmeng.ServiceDefaults.Authentication;

namespace Governance.IntegrationTests;

/// <summary>经济运行: 经济发展局's monthly reports of the 规上企业 and the alert that opens one ECON-RUN case.</summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class EconomicIndicatorsTests(PlatformServersFixture servers)
{
    private const string Reports = "/api/governance/economy/reports";
    private const string Summary = "/api/governance/economy/summary";

    private static readonly DateTimeOffset Today = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly TestCaller Jfj = new("officer-jfj", "林经发", [PlatformRoles.DepartmentOfficer], DepartmentCode: "JFJ");

    private static object Report(string creditCode, string month, decimal outputValue, decimal powerUse, decimal taxPaid = 300_000m) =>
        new { creditCode, month, outputValue, powerUse, taxPaid };

    private static async Task RegisterFirmsAsync(GovernanceHost host, params string[] creditCodes)
    {
        var n = 0;
        foreach (var creditCode in creditCodes)
        {
            await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Admin, "/api/governance/firms", new
            {
                creditCode, name = $"泉州规上企业{++n}有限公司", industryCode = "C39", sizeClass = "中型", location = "清濛园区", registeredOn = "2015-06-18",
            });
        }
    }

    [Fact]
    public async Task A_forty_percent_drop_against_last_year_opens_one_ECON_RUN_case_a_normal_report_none_and_the_summary_counts_them()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await RegisterFirmsAsync(host, TestTokens.FirmACreditCode, TestTokens.FirmBCreditCode);
        await host.ExpectAsync(HttpStatusCode.Created, Jfj, Reports, Report(TestTokens.FirmACreditCode, "2025-10", 10_000_000m, 500_000m));
        await host.ExpectAsync(HttpStatusCode.Created, Jfj, Reports, Report(TestTokens.FirmBCreditCode, "2025-10", 4_000_000m, 200_000m, 100_000m));

        var dropped = await host.ExpectAsync(HttpStatusCode.Created, Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-10", 6_000_000m, 480_000m));
        var corrected = await host.ExpectAsync(HttpStatusCode.OK, Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-10", 5_500_000m, 480_000m));
        var repeated = await host.ExpectAsync(HttpStatusCode.OK, Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-10", 5_500_000m, 480_000m));
        var normal = await host.ExpectAsync(HttpStatusCode.Created, TestCaller.Admin, Reports, Report(TestTokens.FirmBCreditCode, "2026-10", 4_400_000m, 190_000m, 120_000m));

        var caseNumber = dropped.GetProperty("alertCaseNumber").GetString();
        Assert.NotNull(caseNumber);
        Assert.Equal(caseNumber, corrected.GetProperty("alertCaseNumber").GetString());
        Assert.Equal(5_500_000m, repeated.GetProperty("outputValue").GetDecimal());
        Assert.Equal(JsonValueKind.Null, normal.GetProperty("alertCaseNumber").ValueKind);
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE module_code = 'ECON-RUN'"));
        Assert.Equal(1, await host.ScalarAsync(
            $"SELECT count(*) FROM governance.cases WHERE module_code = 'ECON-RUN' AND credit_code = '{TestTokens.FirmACreditCode}' AND channel = 'ServiceEvent' AND source_reference = 'ECON-RUN:{TestTokens.FirmACreditCode}:2026-10' AND title LIKE '%工业总产值同比上年同月下降 40%' AND description LIKE '%6,000,000 元%'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.outbox_messages WHERE event_type LIKE '%CaseFiled%' AND payload::text LIKE '%ECON-RUN%'"));
        Assert.Equal(4, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'economic-report.recorded'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'economic-report.corrected'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action = 'case.filed'"));

        var listed = await host.GetAsync(Jfj, $"{Reports}?creditCode={TestTokens.FirmACreditCode}&pageSize=10");
        Assert.Equal(2, listed.GetProperty("count").GetInt64());
        Assert.Equal("2026-10", listed.GetProperty("items")[0].GetProperty("month").GetString());
        var month = await host.GetAsync(TestCaller.Admin, $"{Reports}?month=2026-10");
        Assert.Equal(2, month.GetProperty("count").GetInt64());

        var summary = await host.GetAsync(Jfj, $"{Summary}?month=2026-10");
        Assert.Equal("2026-10", summary.GetProperty("month").GetString());
        Assert.Equal(2, summary.GetProperty("firmsReporting").GetInt32());
        Assert.Equal(9_900_000m, summary.GetProperty("outputValue").GetDecimal());
        Assert.Equal(670_000m, summary.GetProperty("powerUse").GetDecimal());
        Assert.Equal(420_000m, summary.GetProperty("taxPaid").GetDecimal());
        Assert.Equal(2, summary.GetProperty("firmsReportingLastYear").GetInt32());
        Assert.Equal(-29.3m, summary.GetProperty("outputValueYearOnYearPercent").GetDecimal());
        Assert.Equal(5.0m, summary.GetProperty("taxPaidYearOnYearPercent").GetDecimal());
        Assert.Equal(1, summary.GetProperty("alertsRaised").GetInt32());
        var empty = await host.GetAsync(Jfj, $"{Summary}?month=2026-09");
        Assert.Equal(0, empty.GetProperty("firmsReporting").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("outputValueYearOnYearPercent").ValueKind);
    }

    [Fact]
    public async Task Without_a_prior_year_report_a_drop_against_the_three_months_before_opens_the_case()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await RegisterFirmsAsync(host, TestTokens.FirmACreditCode);
        foreach (var month in new[] { "2026-07", "2026-08", "2026-09" })
        {
            await host.ExpectAsync(HttpStatusCode.Created, Jfj, Reports, Report(TestTokens.FirmACreditCode, month, 10_000_000m, 500_000m));
        }

        var dropped = await host.ExpectAsync(HttpStatusCode.Created, Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-10", 9_800_000m, 250_000m));

        Assert.NotNull(dropped.GetProperty("alertCaseNumber").GetString());
        Assert.Equal(1, await host.ScalarAsync("SELECT count(*) FROM governance.cases WHERE module_code = 'ECON-RUN' AND title LIKE '%用电量较前三个月平均下降 50%'"));
    }

    [Fact]
    public async Task Bad_input_names_the_field_an_unknown_firm_is_404_and_other_departments_are_refused()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: Today);
        await RegisterFirmsAsync(host, TestTokens.FirmACreditCode);

        var negative = await host.PostAsync(Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-10", -1m, 500_000m));
        var badMonth = await host.PostAsync(Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-13", 1m, 1m));
        var future = await host.PostAsync(Jfj, Reports, Report(TestTokens.FirmACreditCode, "2026-12", 1m, 1m));
        var badCode = await host.PostAsync(Jfj, Reports, Report("91350500MA31GJ8K74", "2026-10", 1m, 1m));
        var missing = await host.PostAsync(Jfj, Reports, new { creditCode = TestTokens.FirmACreditCode, month = "2026-10", outputValue = 1m, taxPaid = 1m });
        var unknown = await host.PostAsync(Jfj, Reports, Report(TestTokens.FirmBCreditCode, "2026-10", 1m, 1m));
        var otherDepartment = await host.PostAsync(TestCaller.DepartmentOfficer, Reports, Report(TestTokens.FirmACreditCode, "2026-10", 1m, 1m));
        var firm = await host.PostAsync(TestCaller.FirmA, Reports, Report(TestTokens.FirmACreditCode, "2026-10", 1m, 1m));
        using var zjj = host.Client(TestCaller.DepartmentOfficer);
        var otherDepartmentReads = await zjj.GetAsync($"{Summary}?month=2026-10");
        using var jfj = host.Client(Jfj);
        var summaryWithoutMonth = await jfj.GetAsync(Summary);

        Assert.Equal(HttpStatusCode.BadRequest, negative.Status);
        Assert.True(negative.Body.GetProperty("errors").TryGetProperty("outputValue", out _), negative.Body.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.Status);
        Assert.True(badMonth.Body.GetProperty("errors").TryGetProperty("month", out _), badMonth.Body.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.Status);
        Assert.Equal("month", future.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badCode.Status);
        Assert.True(badCode.Body.GetProperty("errors").TryGetProperty("creditCode", out _), badCode.Body.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.True(missing.Body.GetProperty("errors").TryGetProperty("powerUse", out _), missing.Body.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("creditCode", unknown.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, otherDepartment.Status);
        Assert.Equal(HttpStatusCode.Forbidden, firm.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherDepartmentReads.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, summaryWithoutMonth.StatusCode);
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.economic_reports"));
        Assert.Equal(0, await host.ScalarAsync("SELECT count(*) FROM governance.audit_records WHERE action LIKE 'economic-report.%'"));
    }
}
