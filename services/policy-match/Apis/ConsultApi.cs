using System.ComponentModel.DataAnnotations;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.PolicyMatch.Application.Consultant;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>
/// 小濛智能咨询: anyone may ask (the gateway rate-limits callers); a firm signed in gets its own eligibility for
/// the cited policies. Every policy question is kept, masked, as a demand signal with its closest policies. A question
/// about the asker's own items (我的工单办到哪了, 我的补贴到账了吗) is answered from the services that own them, for a
/// signed-in asker only; the question is still kept, masked, as a demand signal like any other.
/// </summary>
public static class ConsultApi
{
    public static IEndpointRouteBuilder MapConsultApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/policy/consult").WithTags("Policy consultant").AllowAnonymous();
        api.MapPost("/", Consult).WithName("ConsultPolicies")
            .WithSummary("Answers a policy question from the policies in force, citing policy, version, clause and dates");
        api.MapPost("/stream", ConsultStream).WithName("ConsultPoliciesStream")
            .WithSummary("The same answer as server-sent events: matches, then the text as it is written, then the checked answer")
            .Produces<ConsultStreamEvent>(StatusCodes.Status200OK, "text/event-stream");
        return app;
    }

    public static async Task<Ok<ConsultAnswer>> Consult(
        ConsultRequest request,
        ClaimsPrincipal principal,
        HttpContext http,
        PolicyConsultant consultant,
        OwnItemsAnswerer ownItems,
        PolicyMatchContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var questionId = Guid.CreateVersion7(time.GetUtcNow());
        var plan = consultant.Plan(request.Question);
        var answer = await consultant.AnswerAsync(plan, questionId, cancellationToken);
        answer = await ownItems.AddToAsync(answer, plan, principal, BearerTokenOf(http), cancellationToken);
        answer = await ConsultationRecords.KeepAsync(db, request.Question, plan, answer, FirmOf(principal), time, cancellationToken);
        return TypedResults.Ok(answer);
    }

    public static ServerSentEventsResult<ConsultStreamEvent> ConsultStream(
        ConsultRequest request,
        ClaimsPrincipal principal,
        HttpContext http,
        PolicyConsultant consultant,
        OwnItemsAnswerer ownItems,
        PolicyMatchContext db,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var questionId = Guid.CreateVersion7(time.GetUtcNow());
        var plan = consultant.Plan(request.Question);
        var bearerToken = BearerTokenOf(http);
        return TypedResults.ServerSentEvents(Events());

        async IAsyncEnumerable<SseItem<ConsultStreamEvent>> Events([EnumeratorCancellation] CancellationToken aborted = default)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, cancellationToken);
            await foreach (var item in consultant.StreamAsync(plan, questionId, linked.Token))
            {
                var current = item;
                if (item.Answer is { } answer)
                {
                    var withOwn = await ownItems.AddToAsync(answer, plan, principal, bearerToken, linked.Token);
                    if (plan.OwnItems != OwnItemKinds.None)
                    {
                        // The asker's items come first: what was streamed so far is replaced by the whole answer.
                        yield return new SseItem<ConsultStreamEvent>(new ConsultStreamEvent("replace", withOwn.Answer, null, null), "replace");
                    }
                    current = item with { Answer = await ConsultationRecords.KeepAsync(db, request.Question, plan, withOwn, FirmOf(principal), time, linked.Token) };
                }
                yield return new SseItem<ConsultStreamEvent>(current, current.Type);
            }
        }
    }

    /// <summary>
    /// The asker's own bearer token, forwarded to the service that owns their items so that it applies its own access
    /// rules; only a signed-in asker has one.
    /// </summary>
    private static string? BearerTokenOf(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static string? FirmOf(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var user = PlatformUser.From(principal);
        return user.IsInRole(PlatformRoles.Firm) ? user.CreditCode : null;
    }
}

/// <summary>A question to the consultant, as a firm would put it (up to 1,000 characters).</summary>
public sealed record ConsultRequest(
    [property: Required(ErrorMessage = "请输入您要咨询的问题 (a question is required)")]
    [property: StringLength(ConsultRequest.MaxLength, ErrorMessage = "问题不能超过1000字 (a question is at most 1,000 characters)")]
    string Question)
{
    public const int MaxLength = 1000;
}
