using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Governance.Jobs;
using Qingmeng.Governance.Operations;

namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class KpiMetricsTests(PlatformServersFixture servers)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly string[] Gauges =
    [
        "qingmeng.governance.kpi.sign_for_rate",
        "qingmeng.governance.kpi.completion_rate",
        "qingmeng.governance.kpi.on_time_completion_rate",
        "qingmeng.governance.kpi.satisfaction_rate",
    ];

    /// <summary>
    /// A fixed month of dispatches (2026 calendar, CONSTRUCT: sign-for 1 working day, completion 15), evaluated on 10 March:
    /// ZJJ — A signed, closed, satisfied; B signed, closed, not followed up (satisfaction excluded); C signed late and open,
    /// not yet due (on-time excluded); D returned in time with a reason (excluded but for the count); E a duplicate of A
    /// (excluded everywhere). ZRJ — D re-dispatched: signed, closed, unsatisfied (reopened), closed again; G never signed for.
    /// A February dispatch to ZJJ never signed for is outside the month.
    /// </summary>
    [Fact]
    public async Task The_KPI_gauges_report_the_current_months_rates_per_department_from_the_last_snapshot()
    {
        await using var host = await GovernanceHost.StartAsync(servers, fakeNow: new DateTimeOffset(2026, 2, 27, 9, 0, 0, China));
        var february = await host.FileSimpleAsync(place: "二月工地");
        await DispatchAsync(host, february, "ZJJ");

        host.Clock!.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, China).ToUniversalTime());
        var a = await host.FileSimpleAsync(place: "一号工地");
        var b = await host.FileSimpleAsync(place: "二号工地");
        var c = await host.FileSimpleAsync(place: "三号工地");
        var d = await host.FileSimpleAsync(place: "四号工地");
        var e = await host.FileSimpleAsync(place: "一号工地");
        var g = await host.FileSimpleAsync(place: "五号工地");
        foreach (var id in new[] { a, b, c, d, e })
        {
            await DispatchAsync(host, id, "ZJJ");
        }
        await DispatchAsync(host, g, "ZRJ");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{a}/sign-for");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{b}/sign-for");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 11, 0, 0, China).ToUniversalTime());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{d}/return", new { reasonCode = "OutsideJurisdiction", note = "该地块属自然资源局管辖。" });
        await DispatchAsync(host, d, "ZRJ");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"/api/governance/cases/{d}/sign-for");

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 4, 10, 0, 0, China).ToUniversalTime());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{c}/sign-for");
        foreach (var id in new[] { a, b })
        {
            await host.ExpectAsync(HttpStatusCode.OK, Callers.Zjj, $"/api/governance/cases/{id}/complete", new { resolution = "已责令施工单位整改。" });
        }
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"/api/governance/cases/{d}/complete", new { resolution = "已核查用地手续。" });

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 10, 0, 0, China).ToUniversalTime());
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{a}/follow-up", new { satisfied = true, comment = "群众表示满意。" });
        await host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{d}/follow-up", new { satisfied = false, comment = "手续问题仍未解决。" });
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 10, 0, 0, China).ToUniversalTime());
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"/api/governance/cases/{d}/complete", new { resolution = "已补办用地手续。" });

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 10, 0, 0, China).ToUniversalTime());
        var services = host.Primary.Services;
        var beforeAnySnapshot = Read(services);
        Assert.True(await services.RunScheduledJobOnceAsync<KpiSnapshotJob, GovernanceContext>());
        var gauges = Read(services);

        Assert.Empty(beforeAnySnapshot);
        Assert.Equal(2.0 / 3, gauges[("qingmeng.governance.kpi.sign_for_rate", "ZJJ")], 9);
        Assert.Equal(2.0 / 3, gauges[("qingmeng.governance.kpi.completion_rate", "ZJJ")], 9);
        Assert.Equal(1.0, gauges[("qingmeng.governance.kpi.on_time_completion_rate", "ZJJ")], 9);
        Assert.Equal(1.0, gauges[("qingmeng.governance.kpi.satisfaction_rate", "ZJJ")], 9);
        Assert.Equal(0.5, gauges[("qingmeng.governance.kpi.sign_for_rate", "ZRJ")], 9);
        Assert.Equal(0.5, gauges[("qingmeng.governance.kpi.completion_rate", "ZRJ")], 9);
        Assert.Equal(1.0, gauges[("qingmeng.governance.kpi.on_time_completion_rate", "ZRJ")], 9);
        Assert.Equal(0.0, gauges[("qingmeng.governance.kpi.satisfaction_rate", "ZRJ")], 9);
        Assert.Equal(8, gauges.Count);

        // A scrape reads the snapshot, not the database: H, signed for in time, shows only after the next round.
        var h = await host.FileSimpleAsync(place: "六号工地");
        await DispatchAsync(host, h, "ZRJ");
        await host.ExpectAsync(HttpStatusCode.OK, Callers.Zrj, $"/api/governance/cases/{h}/sign-for");
        Assert.Equal(0.5, Read(services)[("qingmeng.governance.kpi.sign_for_rate", "ZRJ")], 9);
        Assert.True(await services.RunScheduledJobOnceAsync<KpiSnapshotJob, GovernanceContext>());
        Assert.Equal(2.0 / 3, Read(services)[("qingmeng.governance.kpi.sign_for_rate", "ZRJ")], 9);
    }

    private static Task DispatchAsync(GovernanceHost host, Guid id, string department) =>
        host.ExpectAsync(HttpStatusCode.OK, TestCaller.Dispatcher, $"/api/governance/cases/{id}/dispatch", new { leadDepartmentCode = department });

    /// <summary>One collection of this host's KPI gauges (other hosts in the process have meters of the same name).</summary>
    private static Dictionary<(string Gauge, string Department), double> Read(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        var values = new Dictionary<(string, string), double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GovernanceMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory) && Gauges.Contains(instrument.Name))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var department = tags.ToArray().Single(t => t.Key == "department").Value as string;
            values[(instrument.Name, department!)] = value;
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
