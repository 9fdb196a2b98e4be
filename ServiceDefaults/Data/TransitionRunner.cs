using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.ServiceDefaults.Data;

/// <summary>
/// One state change of one entity, the same way in every service: find it, check the caller may act, apply the rule,
/// record what happened (audit, timeline, events staged in the outbox), save all of it in one <c>SaveChanges</c>, and
/// only then run what must follow a commit (metrics, logs). A refusal at any step writes nothing.
/// </summary>
public sealed class Transition<TEntity>
    where TEntity : class
{
    /// <summary>Loads the entity, tracked; null when it does not exist or the caller may not know it does.</summary>
    public required Func<CancellationToken, Task<TEntity?>> Find { get; init; }

    /// <summary>The refusal when <see cref="Find"/> finds nothing.</summary>
    public required Failure NotFound { get; init; }

    /// <summary>Whether the caller may act on the entity; null lets the transition go on.</summary>
    public Func<TEntity, CancellationToken, Task<Failure?>>? Authorize { get; init; }

    /// <summary>The rule: changes the entity, or refuses.</summary>
    public required Func<TEntity, CancellationToken, Task<Failure?>> Apply { get; init; }

    /// <summary>What is written beside the change in the same save: audit entry, timeline, staged events.</summary>
    public Action<TEntity>? Record { get; init; }

    /// <summary>What follows a successful commit only (metrics, logs).</summary>
    public Action<TEntity>? AfterSave { get; init; }

    /// <summary>
    /// The refusal when another writer changed the entity first (optimistic concurrency), unless
    /// <see cref="ConcurrentChangeFrom"/> names the state that writer left.
    /// </summary>
    public Failure ConcurrentChange { get; init; } =
        Failure.Conflict("version", "该记录已被他人修改，请刷新后重试 (the record was changed by someone else: reload and try again)");

    /// <summary>
    /// The refusal when another writer changed the entity first, built from the entity as that writer left it (found
    /// again with <see cref="Find"/> after the failed save; when it is gone, deleted or no longer the caller's to see,
    /// the refusal is <see cref="NotFound"/>). Without it, <see cref="ConcurrentChange"/>.
    /// </summary>
    public Func<TEntity, Failure>? ConcurrentChangeFrom { get; init; }
}

public static class TransitionRunner
{
    /// <summary>Runs <paramref name="transition"/> on <paramref name="db"/>: the entity changed and saved, or the refusal.</summary>
    public static async Task<Outcome<TEntity>> RunAsync<TEntity>(
        this DbContext db, Transition<TEntity> transition, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(transition);
        var entity = await transition.Find(cancellationToken);
        if (entity is null)
        {
            return transition.NotFound;
        }
        if (transition.Authorize is not null && await transition.Authorize(entity, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }
        if (await transition.Apply(entity, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        transition.Record?.Invoke(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            if (transition.ConcurrentChangeFrom is null)
            {
                return transition.ConcurrentChange;
            }
            // Forget this request's unsaved changes, so Find reads the row as the other writer committed it.
            db.ChangeTracker.Clear();
            return await transition.Find(cancellationToken) is { } current ? transition.ConcurrentChangeFrom(current) : transition.NotFound;
        }
        transition.AfterSave?.Invoke(entity);
        return entity;
    }
}
