using Microsoft.AspNetCore.Http;
using RabbitMQ.Client.Exceptions;

namespace Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

/// <summary>
/// The operator endpoints talk to the broker directly. When it is down, restarting or too slow to answer, that is a
/// 503 the operator (or a readiness probe polling the list) can retry, never a 500 that looks like a defect.
/// </summary>
internal sealed class BrokerUnavailableFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (IsBrokerUnavailable(exception) && !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(
                title: "消息代理暂不可用 (The message broker is not answering)",
                detail: $"The error queues could not be read: {exception.GetType().Name}. Retry in a few seconds.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>Unreachable, connection closed under us, or an RPC to the broker that timed out.</summary>
    internal static bool IsBrokerUnavailable(Exception exception) => exception is
        BrokerUnreachableException or AlreadyClosedException or ConnectFailureException or TimeoutException or OperationCanceledException;
}
