using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Paging;

namespace Qingmeng.ServiceDefaults.Notifications;

public static class NotificationApi
{
    /// <summary>
    /// <c>GET {prefix}/notifications</c> (admins: what was sent, the local sink) and
    /// <c>PUT / DELETE {prefix}/notifications/opt-outs/{category}</c> (anyone for themselves; admins for any recipient).
    /// </summary>
    public static IEndpointRouteBuilder MapNotificationApi(this IEndpointRouteBuilder app, string prefix)
    {
        var api = app.MapGroup($"{prefix}/notifications").WithTags("Notifications");
        api.MapGet("/", ListNotifications).WithName("ListNotifications")
            .WithSummary("Notifications sent by this service, newest first")
            .RequireAuthorization(PlatformPolicies.Admins);
        api.MapPut("/opt-outs/{category}", OptOut).WithName("OptOut")
            .WithSummary("Stop receiving a category of notifications (* for all)")
            .RequireAuthorization();
        api.MapDelete("/opt-outs/{category}", OptIn).WithName("OptIn")
            .WithSummary("Receive a category of notifications again")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Ok<Page<NotificationView>>> ListNotifications(
        [AsParameters] PageRequest page,
        [AsParameters] NotificationQuery query,
        NotificationStore store,
        CancellationToken cancellationToken)
    {
        var messages = store.Db.Set<NotificationMessage>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Recipient))
        {
            messages = messages.Where(m => m.Recipient == query.Recipient);
        }
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            messages = messages.Where(m => m.Category == query.Category);
        }
        if (!string.IsNullOrWhiteSpace(query.Key))
        {
            messages = messages.Where(m => m.Key == query.Key);
        }

        var count = await messages.LongCountAsync(cancellationToken);
        var items = await messages.OrderByDescending(m => m.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(m => new NotificationView(m.Id, m.Key, m.Recipient, m.Category, m.Text, m.Channel, m.Status, m.Attempts, m.CreatedAt, m.DeliveredAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<NotificationView>(page.PageIndex, page.PageSize, count, items));
    }

    public static async Task<Results<NoContent, ForbidHttpResult, ValidationProblem>> OptOut(
        string category,
        [FromQuery] string? recipient,
        ClaimsPrincipal principal,
        NotificationStore store,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (Validate(category, recipient) is { } invalid)
        {
            return invalid;
        }
        if (ResolveRecipient(principal, recipient) is not { } who)
        {
            return TypedResults.Forbid();
        }
        if (!await store.Db.Set<NotificationOptOut>().AnyAsync(o => o.Recipient == who && o.Category == category, cancellationToken))
        {
            store.Db.Add(NotificationOptOut.Create(who, category, time.GetUtcNow()));
            await store.Db.SaveChangesAsync(cancellationToken);
        }
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ForbidHttpResult, ValidationProblem>> OptIn(
        string category,
        [FromQuery] string? recipient,
        ClaimsPrincipal principal,
        NotificationStore store,
        CancellationToken cancellationToken)
    {
        if (Validate(category, recipient) is { } invalid)
        {
            return invalid;
        }
        if (ResolveRecipient(principal, recipient) is not { } who)
        {
            return TypedResults.Forbid();
        }
        await store.Db.Set<NotificationOptOut>().Where(o => o.Recipient == who && o.Category == category).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ValidationProblem? Validate(string category, string? recipient)
    {
        var errors = new Dictionary<string, string[]>();
        if (category.Length > 64)
        {
            errors["category"] = ["category must be at most 64 characters."];
        }
        if (recipient is { Length: > 100 })
        {
            errors["recipient"] = ["recipient must be at most 100 characters."];
        }
        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    /// <summary>Callers manage their own subject; only admins name another recipient (e.g. a phone number on request).</summary>
    private static string? ResolveRecipient(ClaimsPrincipal principal, string? recipient)
    {
        var user = PlatformUser.From(principal);
        if (string.IsNullOrWhiteSpace(recipient) || recipient == user.Subject)
        {
            return user.Subject;
        }
        return user.IsInRole(PlatformRoles.Admin) ? recipient : null;
    }
}
