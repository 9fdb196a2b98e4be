using System.Net;

namespace Governance.IntegrationTests;

/// <summary>
/// Deadlines that fall in a year whose holiday schedule the State Council has not confirmed (here 2027) say they are
/// provisional; those inside a confirmed year do not.
/// </summary>
[Collection(GovernanceServersCollection.Name)]
public sealed class ProvisionalDeadlineTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    [Theory]
    [InlineData("2026-06-15T10:00:00+08:00", false)]
    [InlineData("2026-12-31T10:00:00+08:00", true)]
    public async Task A_dispatched_cases_deadlines_are_provisional_only_beyond_the_confirmed_years(string filedAt, bool provisional)
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: DateTimeOffset.Parse(filedAt, System.Globalization.CultureInfo.InvariantCulture));
        var filed = await host.FileAsync(new
        {
            channel = "CadreFirmVisit", moduleCode = "CONSTRUCT", serviceCode = "CONSTRUCT-01", title = "厂房竣工验收排期",
            description = "企业反映新厂房竣工验收排期较长，影响投产。", creditCode = TestTokens.FirmACreditCode,
        }, TestCaller.Dispatcher);

        var dispatched = await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{filed.GetProperty("id").GetGuid()}/dispatch",
            new { leadDepartmentCode = "ZJJ" });

        var deadlines = new[] { "signForDueAt", "completionDueAt" }
            .Where(name => dispatched.TryGetProperty(name, out var due) && due.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(name => dispatched.GetProperty(name).GetDateTimeOffset().ToOffset(Cst))
            .ToList();
        Assert.NotEmpty(deadlines);
        Assert.Equal(provisional, deadlines.Any(due => due.Year > 2026));
        Assert.Equal(provisional, dispatched.GetProperty("provisional").GetBoolean());
    }
}
