using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>
/// Group commit for consumers that share transactions: deliveries of one consumer type that wait while a commit is
/// under way are staged on one context and saved by one <c>SaveChanges</c>, so under load one transaction (one fsync,
/// one round trip) carries many inbox rows and their effects. Nothing waits for a group to fill: a lone delivery is
/// committed at once. If a shared commit fails (a duplicate, a poison event, the database away), every delivery of
/// the group is processed again alone, so each one succeeds, is skipped as a duplicate or fails on its own, and
/// MassTransit retries and parks exactly the deliveries that failed.
/// Each delivery is staged, or processed alone, by the consumer instance MassTransit resolved for it (see
/// <see cref="IGroupedDelivery{TContext}"/>): the group supplies the shared context and builds no consumer of its own.
/// Lanes finish what is queued when the service stops (see <see cref="DisposeAsync"/>).
/// </summary>
internal sealed class InboxCommitGroups<TContext>(
    IServiceScopeFactory scopeFactory,
    MessagingTelemetry telemetry,
    IOptions<MessagingOptions> options,
    ILogger<InboxCommitGroups<TContext>> logger) : IAsyncDisposable
    where TContext : DbContext
{
    private readonly ConcurrentDictionary<Type, Lazy<Lane>> _lanes = new();
    private readonly MessagingOptions _options = options.Value;

    /// <summary>Completes when the delivery is committed, with its group or alone, or with the failure of its own.</summary>
    public Task ProcessAsync(IGroupedDelivery<TContext> work, CancellationToken cancellationToken)
    {
        var delivery = new Delivery(work, Activity.Current, cancellationToken);
        var lane = _lanes.GetOrAdd(work.ConsumerType, type => new Lazy<Lane>(() => new Lane(this, type))).Value;
        if (!lane.Queue.Writer.TryWrite(delivery))
        {
            throw new ObjectDisposedException(nameof(InboxCommitGroups<TContext>), "The service is stopping.");
        }
        return delivery.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        var lanes = _lanes.Values.Where(lane => lane.IsValueCreated).Select(lane => lane.Value).ToArray();
        foreach (var lane in lanes)
        {
            lane.Queue.Writer.TryComplete();
        }
        // MassTransit has stopped its consumers by now; the committers finish what is queued and end.
        await Task.WhenAll(lanes.SelectMany(lane => lane.Committers));
    }

    private async Task CommitLoopAsync(Lane lane)
    {
        var group = new List<Delivery>(_options.SharedTransactionMaxEvents);
        while (await lane.Queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            group.Clear();
            while (group.Count < _options.SharedTransactionMaxEvents && lane.Queue.Reader.TryRead(out var delivery))
            {
                if (!delivery.CancellationToken.IsCancellationRequested)
                {
                    group.Add(delivery);
                }
                else
                {
                    delivery.Completion.TrySetCanceled(delivery.CancellationToken);
                }
            }

            if (group.Count > 1 && await TryCommitTogetherAsync(lane, group))
            {
                continue;
            }
            foreach (var delivery in group)
            {
                await ProcessAloneAsync(delivery);
            }
        }
    }

    private async Task<bool> TryCommitTogetherAsync(Lane lane, List<Delivery> group)
    {
        var outer = Activity.Current;
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            db.ChangeTracker.Clear();
            var consumerName = group[0].Work.ConsumerName;
            foreach (var delivery in group)
            {
                // Events the handler raises record the trace of the delivery that caused them.
                Activity.Current = delivery.Parent;
                await delivery.Work.StageAsync(db, CancellationToken.None);
            }
            Activity.Current = outer;
            await db.SaveChangesAsync(CancellationToken.None);

            telemetry.Processed.Add(group.Count, new KeyValuePair<string, object?>("consumer", consumerName));
            telemetry.SharedCommits.Record(group.Count, new KeyValuePair<string, object?>("consumer", consumerName));
            foreach (var delivery in group)
            {
                delivery.Completion.TrySetResult();
            }
            return true;
        }
        catch (Exception exception)
        {
            MessagingLog.SharedCommitFellBack(logger, lane.ConsumerType.Name, group.Count, exception);
            return false;
        }
        finally
        {
            Activity.Current = outer;
        }
    }

    private async Task ProcessAloneAsync(Delivery delivery)
    {
        var outer = Activity.Current;
        try
        {
            Activity.Current = delivery.Parent;
            await delivery.Work.ProcessAloneAsync(delivery.CancellationToken);
            delivery.Completion.TrySetResult();
        }
        catch (OperationCanceledException) when (delivery.CancellationToken.IsCancellationRequested)
        {
            delivery.Completion.TrySetCanceled(delivery.CancellationToken);
        }
        catch (Exception exception)
        {
            delivery.Completion.TrySetException(exception);
        }
        finally
        {
            Activity.Current = outer;
        }
    }

    /// <summary>
    /// A delivery waiting for its lane. Its consumer stays alive until <see cref="Completion"/> is set, because MassTransit's
    /// call to the consumer awaits it.
    /// </summary>
    private sealed class Delivery(IGroupedDelivery<TContext> work, Activity? parent, CancellationToken cancellationToken)
    {
        public IGroupedDelivery<TContext> Work { get; } = work;

        public Activity? Parent { get; } = parent;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>One consumer type's queue and its committers: while one commits, the other gathers the next group.</summary>
    private sealed class Lane
    {
        public Lane(InboxCommitGroups<TContext> owner, Type consumerType)
        {
            ConsumerType = consumerType;
            Committers = [.. Enumerable.Range(0, owner._options.SharedTransactionCommitters)
                .Select(_ => Task.Run(() => owner.CommitLoopAsync(this)))];
        }

        public Type ConsumerType { get; }

        public Channel<Delivery> Queue { get; } = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleWriter = false });

        public Task[] Committers { get; }
    }
}
