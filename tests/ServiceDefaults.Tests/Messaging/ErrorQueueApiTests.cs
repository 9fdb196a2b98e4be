using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

namespace Qingmeng.ServiceDefaults.Tests.Messaging;

/// <summary>The operator's error-queue list while the broker cannot be reached.</summary>
public sealed class ErrorQueueApiTests
{
    [Fact]
    public async Task ListErrorQueues_broker_unreachable_is_a_503_problem_not_an_exception()
    {
        var catalog = new ReceiveEndpointCatalog("policy-match-");
        await catalog.Ready(new FakeReady(new Uri("rabbitmq://localhost/policy-match-case-closed")));
        // Port 1 refuses every connection: the client fails the way it does while the broker is down.
        await using var client = new ErrorQueueClient(new Uri("amqp://guest:guest@127.0.0.1:1/"), NullLogger<ErrorQueueClient>.Instance);
        var http = new DefaultHttpContext();
        var invocation = EndpointFilterInvocationContext.Create(http);

        var result = await new BrokerUnavailableFilter().InvokeAsync(invocation,
            async _ => await ErrorQueueApi.ListErrorQueues(catalog, client, CancellationToken.None));

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, problem.StatusCode);
        Assert.Equal("5", http.Response.Headers.RetryAfter.ToString());
    }

    private sealed class FakeReady(Uri inputAddress) : MassTransit.ReceiveEndpointReady
    {
        public Uri InputAddress { get; } = inputAddress;

        public bool IsStarted => true;

        public MassTransit.IReceiveEndpoint ReceiveEndpoint => throw new NotSupportedException();
    }
}
