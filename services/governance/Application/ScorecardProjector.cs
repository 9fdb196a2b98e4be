using System.Data;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Application;

public sealed record ScorecardRebuildResult(int Facts, int Cells, DateTimeOffset RebuiltAt);

/// <summary>
/// Keeps the scorecard's aggregates: an incoming fact is stored in the event log and its delta applied to the
/// aggregates in the caller's unit of work (the inbox consumer saves both with its inbox row); a rebuild recomputes
/// every aggregate from the log.
/// </summary>
public sealed class ScorecardProjector(ScorecardCalculator calculator, TimeProvider time)
{
    /// <summary>
    /// Adds the fact and its effect to <paramref name="db"/> without saving. The subject's guard row is read before its
    /// facts, so a fact about the same subject saved meanwhile either is among the facts read or makes this save fail
    /// on the guard's version (and the event is retried).
    /// </summary>
    public async Task RecordAsync(GovernanceContext db, ScorecardFact fact, CancellationToken cancellationToken)
    {
        if (await db.ScorecardFacts.AnyAsync(f => f.EventId == fact.EventId, cancellationToken))
        {
            return;
        }
        var now = time.GetUtcNow();
        fact.MarkRecorded(now);
        IReadOnlyCollection<ScorecardFact> before = [];
        if (!fact.IsStandalone)
        {
            var subject = await db.ScorecardSubjects.FirstOrDefaultAsync(s => s.Key == fact.Subject, cancellationToken);
            if (subject is null)
            {
                subject = ScorecardSubject.Start(fact.Subject, now);
                db.ScorecardSubjects.Add(subject);
            }
            subject.Touch(now);
            before = await db.ScorecardFacts.AsNoTracking().Where(f => f.Subject == fact.Subject).ToListAsync(cancellationToken);
        }
        db.ScorecardFacts.Add(fact);
        await ApplyAsync(db, calculator.Delta(before, fact), cancellationToken);
    }

    /// <summary>
    /// Replaces every aggregate with the sums recomputed from the stored facts, in one transaction that holds new facts
    /// back until it commits. A consumer caught in a deadlock with it is retried by the bus; the rebuild by the
    /// execution strategy (a deadlock is transient).
    /// </summary>
    public async Task<ScorecardRebuildResult> RebuildAsync(GovernanceContext db, Action<GovernanceContext> alongside, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
            await db.Database.ExecuteSqlRawAsync(
                $"LOCK TABLE {GovernanceContext.Schema}.scorecard_facts, {GovernanceContext.Schema}.scorecard_aggregates IN EXCLUSIVE MODE", ct);
            var facts = await db.ScorecardFacts.AsNoTracking().ToListAsync(ct);
            var cells = calculator.Rebuild(facts);
            await db.ScorecardAggregates.ExecuteDeleteAsync(ct);
            db.ScorecardAggregates.AddRange(cells.Select(c => ScorecardAggregate.Start(c.Key.Year, c.Key.Period, c.Key.Measure, c.Value)));
            alongside(db);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ScorecardRebuildResult(facts.Count, cells.Count, time.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>Adds the delta to the aggregate rows (new rows for new cells; a row that comes to zero is removed: zero is no data).</summary>
    private static async Task ApplyAsync(GovernanceContext db, IReadOnlyDictionary<ScorecardCell, decimal> delta, CancellationToken cancellationToken)
    {
        if (delta.Count == 0)
        {
            return;
        }
        var years = delta.Keys.Select(c => c.Year).Distinct().ToList();
        var measures = delta.Keys.Select(c => c.Measure).Distinct().ToList();
        var rows = (await db.ScorecardAggregates
                .Where(a => years.Contains(a.Year) && measures.Contains(a.Measure))
                .ToListAsync(cancellationToken))
            .ToDictionary(a => new ScorecardCell(a.Year, a.Period, a.Measure));
        foreach (var (cell, change) in delta)
        {
            if (!rows.TryGetValue(cell, out var row))
            {
                db.ScorecardAggregates.Add(ScorecardAggregate.Start(cell.Year, cell.Period, cell.Measure, change));
                continue;
            }
            row.Add(change);
            if (row.Value == 0m)
            {
                db.ScorecardAggregates.Remove(row);
            }
        }
    }
}
