using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Qingmeng.Portal.Gateway;
using static Qingmeng.Portal.Apis.ActionResults;

namespace Qingmeng.Portal.Apis;

/// <summary>政策找企 · 秒兑现 forms: a firm applies, confirms or declines an offer; a policy officer approves or rejects.</summary>
public static class PolicyActionsApi
{
    public static IEndpointRouteBuilder MapPolicyActionsApi(this IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/actions/policy/claims").RequireAuthorization();
        claims.MapPost("/", Apply);
        claims.MapPost("/{id:guid}/confirm", Confirm);
        claims.MapPost("/{id:guid}/decline", Decline);
        claims.MapPost("/{id:guid}/approve", Approve);
        claims.MapPost("/{id:guid}/reject", Reject);
        return app;
    }

    public static async Task<RedirectHttpResult> Apply(
        [FromForm] string? policyCode, [FromForm] string? statement, [FromForm] string? idempotencyKey, [FromForm] string? returnUrl,
        GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync("/api/policy/claims", new { policyCode = Text(policyCode), statement = Text(statement) },
            Text(idempotencyKey), cancellationToken), "已提交申请，等待审核 (applied)", "/policy/claims");

    public static async Task<RedirectHttpResult> Confirm(Guid id, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/policy/claims/{id}/confirm", cancellationToken: cancellationToken), "已确认，资金已拨付 (confirmed and paid)");

    public static async Task<RedirectHttpResult> Decline(Guid id, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/policy/claims/{id}/decline", cancellationToken: cancellationToken), "已放弃 (declined)");

    public static async Task<RedirectHttpResult> Approve(
        Guid id, [FromForm] string? reason, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/policy/claims/{id}/approve", new { reason = Text(reason) }, cancellationToken: cancellationToken),
            "已审核通过 (approved)");

    public static async Task<RedirectHttpResult> Reject(
        Guid id, [FromForm] string? reason, [FromForm] string? returnUrl, GatewayClient gateway, CancellationToken cancellationToken) =>
        Back(returnUrl, await gateway.PostAsync($"/api/policy/claims/{id}/reject", new { reason = Text(reason) }, cancellationToken: cancellationToken),
            "已驳回 (rejected)");
}
