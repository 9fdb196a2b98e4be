using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Qingmeng.Portal.Gateway;
using static Qingmeng.Portal.Apis.ActionResults;

namespace Qingmeng.Portal.Apis;

/// <summary>The case forms (中心吹哨、部门报到): filing, the dispatcher's and the departments' steps, all through the gateway.</summary>
public static class CaseActionsApi
{
    public static IEndpointRouteBuilder MapCaseActionsApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/actions/cases").RequireAuthorization();
        cases.MapPost("/", File);
        cases.MapPost("/{id:guid}/dispatch", Dispatch);
        cases.MapPost("/{id:guid}/close", Close);
        cases.MapPost("/{id:guid}/follow-up", FollowUp);
        cases.MapPost("/{id:guid}/rating", Rate);
        cases.MapPost("/{id:guid}/sign-for", SignFor);
        cases.MapPost("/{id:guid}/return", Return);
        cases.MapPost("/{id:guid}/complete", Complete);
        cases.MapPost("/{id:guid}/notes", AddNote);
        return app;
    }

    public static async Task<RedirectHttpResult> File(
        [FromForm] string? moduleCode, [FromForm] string? title, [FromForm] string? description, [FromForm] string? contactPhone,
        [FromForm] string? place, [FromForm] string? idempotencyKey, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken)
    {
        var result = await gateway.PostAsync("/api/governance/cases", new
        {
            channel = "App",
            moduleCode = Text(moduleCode),
            title = Text(title),
            description = Text(description),
            contactPhone = Text(contactPhone),
            place = Text(place),
        }, Text(idempotencyKey), cancellationToken);
        var id = result.Succeeded ? result.Body.GetProperty("id").GetString() : null;
        return Back(returnUrl, result, "已受理，您可以在此跟踪办理进度 (filed)", id is null ? null : $"/cases/{id}");
    }

    public static async Task<RedirectHttpResult> Dispatch(
        Guid id, [FromForm] string? leadDepartmentCode, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/dispatch",
            new { leadDepartmentCode = Text(leadDepartmentCode), coHandlerDepartmentCodes = Array.Empty<string>() }, cancellationToken: cancellationToken),
            "已派单 (dispatched)");

    public static async Task<RedirectHttpResult> Close(
        Guid id, [FromForm] string? resolution, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/close", new { resolution = Text(resolution) }, cancellationToken: cancellationToken),
            "已办结 (closed)");

    public static async Task<RedirectHttpResult> FollowUp(
        Guid id, [FromForm] string? satisfied, [FromForm] string? comment, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/follow-up",
            new { satisfied = satisfied switch { "true" => true, "false" => false, _ => (bool?)null }, comment = Text(comment) }, cancellationToken: cancellationToken),
            "已记录回访评价 (follow-up recorded)");

    /// <summary>The filer's own rating of the answer (1–5): a missing or unreadable rating goes to the platform, which names the field.</summary>
    public static async Task<RedirectHttpResult> Rate(
        Guid id, [FromForm] string? rating, [FromForm] string? comment, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/rating",
            new { rating = int.TryParse(rating, out var stars) ? stars : (int?)null, comment = Text(comment) }, cancellationToken: cancellationToken),
            "已评价，感谢您的反馈 (rated)");

    public static async Task<RedirectHttpResult> SignFor(
        Guid id, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/sign-for", cancellationToken: cancellationToken), "已签收 (signed for)");

    public static async Task<RedirectHttpResult> Return(
        Guid id, [FromForm] string? reasonCode, [FromForm] string? note, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/return", new { reasonCode = Text(reasonCode), note = Text(note) }, cancellationToken: cancellationToken),
            "已退单 (returned)");

    public static async Task<RedirectHttpResult> Complete(
        Guid id, [FromForm] string? resolution, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/complete", new { resolution = Text(resolution) }, cancellationToken: cancellationToken),
            "已办结 (completed)");

    public static async Task<RedirectHttpResult> AddNote(
        Guid id, [FromForm] string? text, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/governance/cases/{id}/notes", new { text = Text(text) }, cancellationToken: cancellationToken),
            "已反馈进展 (progress reported)");
}
