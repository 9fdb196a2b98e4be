using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A host can be asked to stop twice at once (an application's own shutdown racing its test factory's, or a signal
/// racing an orchestrator's stop call). The second caller must not return, and so let the container be disposed,
/// while a consumer is still running: the consumer would then fail on a disposed container and its event be parked.
/// </summary>
public sealed class BusDrainTests
{
    [Fact]
    public async Task StopAsync_calledTwiceWhileAConsumerRuns_neitherReturnsBeforeTheConsumerFinished()
    {
        var gate = new ConsumerGate();
        using var host = Host.CreateDefaultBuilder()
            .ConfigureServices(services =>
            {
                services.AddSingleton(gate);
                services.AddMassTransit(bus =>
                {
                    bus.AddConsumer<GatedConsumer>();
                    bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
                });
                services.AddBusDrainOnStop();
            })
            .Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IBus>().Publish(new GatedMessage());
        await gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var first = host.StopAsync();
        var second = host.StopAsync();
        // Either stop returning while the consumer is held is the defect; give it a moment to show itself.
        var eitherStop = Task.WhenAny(first, second);
        var returnedEarly = await Task.WhenAny(eitherStop, Task.Delay(TimeSpan.FromSeconds(2))) == eitherStop;
        gate.Release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(returnedEarly, "a stop call returned while the consumer was still running");
        Assert.True(gate.Finished);
    }

    public sealed record GatedMessage;

    public sealed class ConsumerGate
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Finished { get; set; }
    }

    public sealed class GatedConsumer(ConsumerGate gate) : IConsumer<GatedMessage>
    {
        public async Task Consume(ConsumeContext<GatedMessage> context)
        {
            gate.Started.TrySetResult();
            await gate.Release.Task;
            gate.Finished = true;
        }
    }
}
