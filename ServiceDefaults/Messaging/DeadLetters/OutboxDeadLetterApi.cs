using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

namespace Qingmeng.ServiceDefaults.Messaging.DeadLetters;

/// <summary>
/// Operator endpoints for outbox rows the dispatcher gave up on: list them (with what each holds back), retry or
/// discard one. Next to the error-queue endpoints, under <c>/ops</c>, with the same operator key; changes are audited.
/// </summary>
public static class OutboxDeadLetterApi
{
    public const int MaxList = 500;

    public static IEndpointRouteBuilder MapOutboxDeadLetterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/ops/messaging/outbox/dead-letters")
            .WithTags("Operations")
            .AddEndpointFilter<OperatorKeyFilter>()
            .ExcludeFromDescription();

        api.MapGet("/", ListDeadLetters).WithName("ListOutboxDeadLetters");
        api.MapPost("/{eventId:guid}/retry", RetryDeadLetter).WithName("RetryOutboxDeadLetter");
        api.MapPost("/{eventId:guid}/discard", DiscardDeadLetter).WithName("DiscardOutboxDeadLetter");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<DeadLetteredEvent>>, ValidationProblem>> ListDeadLetters(
        IOutboxDeadLetters deadLetters, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit is < 1 or > MaxList)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"limit 须在 1 到 {MaxList} 之间 (limit must be between 1 and {MaxList})."],
            });
        }
        return TypedResults.Ok(await deadLetters.ListAsync(limit, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RetryDeadLetter(
        Guid eventId, IOutboxDeadLetters deadLetters, CancellationToken cancellationToken) =>
        await deadLetters.RetryAsync(eventId, cancellationToken) ? TypedResults.NoContent() : NotFound(eventId);

    public static async Task<Results<NoContent, ProblemHttpResult>> DiscardDeadLetter(
        Guid eventId, IOutboxDeadLetters deadLetters, CancellationToken cancellationToken) =>
        await deadLetters.DiscardAsync(eventId, cancellationToken) ? TypedResults.NoContent() : NotFound(eventId);

    private static ProblemHttpResult NotFound(Guid eventId) =>
        TypedResults.Problem(
            title: "未找到死信事件 (Dead-lettered event not found)",
            detail: $"发件箱中没有处于死信状态的事件 {eventId} (no dead-lettered outbox event {eventId}).",
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["eventId"] = eventId });
}
