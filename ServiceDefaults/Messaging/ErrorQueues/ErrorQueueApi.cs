using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Qingmeng.ServiceDefaults.Messaging.DeadLetters;

namespace Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

/// <summary>
/// Operator endpoints to inspect and replay parked messages. They live under <c>/ops</c>, which the gateway
/// never routes, and require the operator key.
/// </summary>
public static class ErrorQueueApi
{
    public const int MaxPeek = 500;

    public static IEndpointRouteBuilder MapErrorQueueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/ops/messaging/error-queues")
            .WithTags("Operations")
            .AddEndpointFilter<OperatorKeyFilter>()
            .AddEndpointFilter<BrokerUnavailableFilter>()
            .ExcludeFromDescription();

        api.MapGet("/", ListErrorQueues).WithName("ListErrorQueues");
        api.MapGet("/{queue}", PeekErrorQueue).WithName("PeekErrorQueue");
        api.MapPost("/{queue}/replay", ReplayAll).WithName("ReplayErrorQueue");
        api.MapPost("/{queue}/messages/{messageId}/replay", ReplayOne).WithName("ReplayParkedMessage");
        // The outbox's dead letters are the publishing side of the same operator job.
        app.MapOutboxDeadLetterApi();
        return app;
    }

    public static async Task<Ok<ErrorQueueSummary[]>> ListErrorQueues(
        ReceiveEndpointCatalog catalog, ErrorQueueClient client, CancellationToken cancellationToken)
    {
        var summaries = new List<ErrorQueueSummary>();
        foreach (var queue in catalog.Queues)
        {
            summaries.Add(new ErrorQueueSummary(queue, ErrorQueueClient.ErrorQueueOf(queue), await client.CountAsync(queue, cancellationToken)));
        }
        return TypedResults.Ok(summaries.ToArray());
    }

    public static async Task<Results<Ok<IReadOnlyList<ParkedMessage>>, ProblemHttpResult, ValidationProblem>> PeekErrorQueue(
        string queue, ReceiveEndpointCatalog catalog, ErrorQueueClient client, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit is < 1 or > MaxPeek)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit must be between 1 and {MaxPeek}."],
            });
        }
        if (!catalog.Owns(queue))
        {
            return UnknownQueue(queue);
        }
        return TypedResults.Ok(await client.PeekAsync(queue, limit, cancellationToken));
    }

    public static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayAll(
        string queue, ReceiveEndpointCatalog catalog, ErrorQueueClient client, CancellationToken cancellationToken)
    {
        if (!catalog.Owns(queue))
        {
            return UnknownQueue(queue);
        }
        return TypedResults.Ok(new ReplayResult(queue, await client.ReplayAsync(queue, null, cancellationToken)));
    }

    public static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayOne(
        string queue, string messageId, ReceiveEndpointCatalog catalog, ErrorQueueClient client, CancellationToken cancellationToken)
    {
        if (!catalog.Owns(queue))
        {
            return UnknownQueue(queue);
        }
        var replayed = await client.ReplayAsync(queue, messageId, cancellationToken);
        return replayed == 0
            ? TypedResults.Problem(
                title: "Message not found",
                detail: $"No parked message {messageId} in {ErrorQueueClient.ErrorQueueOf(queue)}.",
                statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(new ReplayResult(queue, replayed));
    }

    private static ProblemHttpResult UnknownQueue(string queue) =>
        TypedResults.Problem(
            title: "Queue not found",
            detail: $"This service does not consume from '{queue}'.",
            statusCode: StatusCodes.Status404NotFound);
}
