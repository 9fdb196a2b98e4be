using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Qingmeng.Portal.Gateway;
using static Qingmeng.Portal.Apis.ActionResults;

namespace Qingmeng.Portal.Apis;

/// <summary>A citizen's 救助/帮扶 application for their own household, through the gateway (the platform finds the household).</summary>
public static class AssistanceActionsApi
{
    public static IEndpointRouteBuilder MapAssistanceActionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/actions/assistance", Apply).RequireAuthorization();
        return app;
    }

    /// <summary>An unreadable amount or a missing field goes to the platform as null, which names the field in its problem.</summary>
    public static async Task<RedirectHttpResult> Apply(
        [FromForm] string? type, [FromForm] string? requestedAmount, [FromForm] string? reason,
        [FromForm] string? idempotencyKey, [FromForm] string? returnUrl, HttpRequest request, GatewayClient gateway, CancellationToken cancellationToken)
    {
        // The checked materials: one form field repeated (minimal APIs bind no string[] from a form).
        var materials = (await request.ReadFormAsync(cancellationToken))["materials"].OfType<string>().ToArray();
        var amount = decimal.TryParse(Text(requestedAmount), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) ? yuan : (decimal?)null;
        var result = await gateway.PostAsync("/api/talent/welfare/assistance/mine", new
        {
            type = Text(type),
            requestedAmount = amount,
            reason = Text(reason),
            materials,
        }, Text(idempotencyKey), cancellationToken);
        return Back(returnUrl, result, "已受理，审核结果将显示在“我的申请”中 (submitted)", "/assistance");
    }
}
