using System.Diagnostics;
using MassTransit;
using Qingmeng.Benchmarks.Messaging.Measurement;
using Qingmeng.Benchmarks.Messaging.Pipeline;

namespace Qingmeng.Benchmarks.Messaging.Raw;

/// <summary>(B) A plain consumer with no database: the end timestamp is taken as soon as the message is handed over.</summary>
public sealed class RawCaseConsumer(TimelineBoard board) : IConsumer<BenchCaseUpdated>
{
    public Task Consume(ConsumeContext<BenchCaseUpdated> context)
    {
        board.MarkFinished(context.Message.RunId, context.Message.Index, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }
}
