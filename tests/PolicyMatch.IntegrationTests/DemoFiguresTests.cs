using System.Net;
using PolicyMatch.IntegrationTests.Infrastructure;
using static PolicyMatch.IntegrationTests.Infrastructure.PolicyHost;

namespace PolicyMatch.IntegrationTests;

/// <summary>
/// The case study's 2024年指导企业申报各类资金项目超50个 and 新增省级专精特新中小企业13家、总数达25家, as the demo data
/// records them (with <c>DemoData:SeedFigures</c>) through the real use cases and events.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class DemoFiguresTests(PlatformServersFixture servers)
{
    private const string Granted = "SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.FirmCertificationGranted,%' AND payload::jsonb->>'certification' = '省级专精特新中小企业'";
    private const string Guided = "SELECT count(*) FROM policy.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.ApplicationGuided,%'";

    [Fact]
    public async Task The_demo_guides_56_projects_in_2024_and_certifies_12_specialised_firms_in_2023_and_13_in_2024_once_whatever_the_restarts()
    {
        await using var policy = await StartAsync(servers, demoData: true, seedFigures: true);
        using var officer = policy.Client(TestCaller.PolicyOfficer);

        var metric = await EnsureAsync(await officer.GetAsync("/api/policy/metrics/guided-applications?year=2024"), HttpStatusCode.OK);
        Assert.Equal(56, metric.GetProperty("guided").GetInt32());
        Assert.True(metric.GetProperty("guided").GetInt32() > 50);
        var listed = await EnsureAsync(await officer.GetAsync("/api/policy/guidance?year=2024"), HttpStatusCode.OK);
        Assert.Equal(56, listed.GetProperty("count").GetInt32());
        Assert.Equal(56, await policy.ScalarAsync($"{Guided} AND payload::jsonb->>'guidedOn' LIKE '2024-%'"));
        Assert.Equal(56, await policy.ScalarAsync("SELECT count(*) FROM policy.audit_records WHERE action = 'guidance.recorded'"));

        // 省级专精特新: 12 firms certified in 2023, 13 more in 2024 (25 in all), each announced once, dated the day it was granted.
        Assert.Equal(12, await policy.ScalarAsync($"{Granted} AND payload::jsonb->>'grantedOn' LIKE '2023-%'"));
        Assert.Equal(13, await policy.ScalarAsync($"{Granted} AND payload::jsonb->>'grantedOn' LIKE '2024-%'"));
        Assert.Equal(25, await policy.ScalarAsync($"SELECT count(DISTINCT payload::jsonb->>'creditCode') FROM policy.outbox_messages WHERE event_type LIKE 'Qingmeng.Contracts.FirmCertificationGranted,%' AND payload::jsonb->>'certification' = '省级专精特新中小企业' AND payload::jsonb->>'grantedOn' < '2025'"));
        Assert.Equal(0, await policy.ScalarAsync($"{Granted} AND to_char(occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') <> payload::jsonb->>'grantedOn'"));

        // A restart seeds nothing twice.
        var restarted = new ServiceHost<Program>(policy.Settings);
        await using (restarted)
        {
            _ = restarted.Server;
        }
        Assert.Equal(56, await policy.ScalarAsync(Guided));
        Assert.Equal(25, await policy.ScalarAsync($"{Granted} AND payload::jsonb->>'grantedOn' < '2025'"));
    }
}
