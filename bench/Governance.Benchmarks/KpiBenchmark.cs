extern alias governance;

using System.Diagnostics;
using governance::Qingmeng.Governance.Application;
using governance::Qingmeng.Governance.Infrastructure;
using governance::Qingmeng.Governance.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Testing;
using governance::Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Benchmarks.Governance;

public sealed record Timing(string What, int Rows, IReadOnlyList<double> Milliseconds)
{
    public double Median => Sorted[Sorted.Length / 2];

    public double Min => Sorted[0];

    public double Max => Sorted[^1];

    private double[] Sorted => [.. Milliseconds.Order()];
}

public sealed record KpiResult(int Cases, int Dispatches, TimeSpan SeedTime, IReadOnlyList<Timing> Timings, string Plan, IReadOnlyList<DepartmentKpis> Figures);

/// <summary>
/// KPIs for a month of <c>cases</c> cases on a real PostgreSQL: the service's own query (<see cref="KpiData.LoadAsync"/>,
/// what <c>GET /api/governance/kpis</c> and the snapshot job run) and the in-memory <see cref="KpiCalculator"/>, separately and together.
/// </summary>
public static class KpiBenchmark
{
    private const int BatchSize = 1_000;

    public static async Task<KpiResult> RunAsync(LocalPostgresServer postgres, int cases, int runs, CancellationToken cancellationToken)
    {
        await postgres.CreateDatabaseAsync("governance_kpi", cancellationToken);
        var options = (DbContextOptions<GovernanceContext>)new DbContextOptionsBuilder<GovernanceContext>()
            .UsePlatformNpgsql(postgres.ConnectionStringFor("governance_kpi")).Options;
        await using (var db = new GovernanceContext(options))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        Progress.Write($"seeding {cases:N0} cases through the domain model …");
        var seeding = Stopwatch.StartNew();
        var batch = new List<Case>(BatchSize);
        foreach (var c in CaseHistory.Generate(cases))
        {
            batch.Add(c);
            if (batch.Count == BatchSize)
            {
                await SaveAsync(options, batch, cancellationToken);
            }
        }
        await SaveAsync(options, batch, cancellationToken);
        await ExecuteAsync(postgres.ConnectionStringFor("governance_kpi"), "VACUUM ANALYZE", cancellationToken);
        seeding.Stop();
        Progress.Write($"seeded in {seeding.Elapsed.TotalSeconds:N0} s");

        var asOf = CaseHistory.AsOf;
        var timings = new List<Timing>();
        List<KpiDispatch> all = [];
        IReadOnlyList<DepartmentKpis> figures = [];

        async Task<Timing> MeasureAsync(string what, Func<Task<int>> run)
        {
            var rows = await run(); // warm-up (JIT, plan cache, buffer cache)
            var samples = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                rows = await run();
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            var timing = new Timing(what, rows, samples);
            Progress.Write($"{what}: median {timing.Median:N1} ms");
            return timing;
        }

        timings.Add(await MeasureAsync("query: every department's dispatches of the month (KpiData.LoadAsync)", async () =>
        {
            await using var db = new GovernanceContext(options);
            all = await KpiData.LoadAsync(db, CaseHistory.From, CaseHistory.To, "", cancellationToken);
            return all.Count;
        }));
        var busiest = all.GroupBy(d => d.DepartmentCode).MaxBy(g => g.Count())!.Key;
        timings.Add(await MeasureAsync($"query: one department's dispatches ({busiest}, the busiest)", async () =>
        {
            await using var db = new GovernanceContext(options);
            return (await KpiData.LoadAsync(db, CaseHistory.From, CaseHistory.To, busiest, cancellationToken)).Count;
        }));
        timings.Add(await MeasureAsync("in memory: KpiCalculator.Compute, every department", () =>
        {
            figures = KpiCalculator.Compute(all, asOf);
            return Task.FromResult(all.Count);
        }));
        timings.Add(await MeasureAsync("query + compute, every department (GET /kpis for the centre, the snapshot job)", async () =>
        {
            await using var db = new GovernanceContext(options);
            var rows = await KpiData.LoadAsync(db, CaseHistory.From, CaseHistory.To, "", cancellationToken);
            KpiCalculator.Compute(rows, asOf);
            return rows.Count;
        }));

        var plan = await ExplainAsync(postgres.ConnectionStringFor("governance_kpi"), cancellationToken);
        return new KpiResult(cases, all.Count, seeding.Elapsed, timings, plan, figures);
    }

    private static async Task SaveAsync(DbContextOptions<GovernanceContext> options, List<Case> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }
        await using var db = new GovernanceContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Cases.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        batch.Clear();
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The plan of the KPI join for the month (the shape EF generates), so the report shows whether an index is used.</summary>
    private static async Task<string> ExplainAsync(string connectionString, CancellationToken cancellationToken)
    {
        const string Sql = """
            EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
            SELECT c.id, c.number, d.department_code, d.dispatched_at, d.sign_for_due_at, d.signed_for_at, d.returned_at,
                   c.duplicate_of_case_id IS NOT NULL, c.completion_due_at, c.closed_at, c.satisfied, c.followed_up_at
            FROM governance.case_dispatches AS d
            INNER JOIN governance.cases AS c ON d.case_id = c.id
            WHERE d.dispatched_at >= $1 AND d.dispatched_at < $2
            """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection)
        {
            Parameters =
            {
                new() { Value = ChinaTime.StartOfDay(CaseHistory.From).ToUniversalTime() },
                new() { Value = ChinaTime.StartOfDay(CaseHistory.To.AddDays(1)).ToUniversalTime() },
            },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var plan = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.Add(reader.GetString(0));
        }
        return string.Join('\n', plan);
    }
}

internal static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Write(string message) => Console.Error.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {message}");
}
