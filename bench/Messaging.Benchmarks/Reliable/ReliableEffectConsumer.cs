using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Qingmeng.Benchmarks.Messaging.Measurement;
using Qingmeng.Benchmarks.Messaging.Pipeline;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Reliable;

/// <summary>
/// A platform inbox consumer whose effect is one row. It re-implements <see cref="IConsumer{T}"/> only to take
/// the end timestamp after the base class has committed the inbox row and the effect, i.e. when the effect is durable.
/// Its effect depends on its own event only, so it shares transactions unless <c>--Bench:SharedTransactions=false</c>.
/// </summary>
public sealed class ReliableEffectConsumer(IServiceProvider services, TimelineBoard board, IConfiguration configuration)
    : InboxConsumer<BenchCaseUpdated, BenchDbContext>(services), IConsumer<BenchCaseUpdated>
{
    protected override bool SharesTransactions => configuration.GetValue("Bench:SharedTransactions", true);

    public new async Task Consume(ConsumeContext<BenchCaseUpdated> context)
    {
        await base.Consume(context);
        board.MarkFinished(context.Message.RunId, context.Message.Index, Stopwatch.GetTimestamp());
    }

    protected override Task HandleAsync(BenchCaseUpdated message, BenchDbContext db, CancellationToken cancellationToken)
    {
        db.Effects.Add(new CaseEffect
        {
            EventId = message.EventId,
            CaseKey = message.CaseKey,
            Status = message.Status,
            Amount = message.Amount,
            AppliedAt = DateTimeOffset.UtcNow,
        });
        return Task.CompletedTask;
    }
}
