using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

/// <summary>
/// Open311 GeoReport v2 (JSON format) over the case catalogue and cases: service codes are the Open311 services;
/// the Chinese states map onto open / closed with the state in <c>status_notes</c>. Callers authenticate as on every
/// other endpoint and see only the requests they may see.
/// </summary>
public static class Open311Api
{
    public const string Prefix = "/api/governance/open311/v2";

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Open311 GeoReport v2");
        api.MapGet("/discovery.json", Discovery).WithName("Open311Discovery").WithSummary("GeoReport v2 discovery")
            .RequireAuthorization();
        api.MapGet("/services.json", Services).WithName("Open311Services").WithSummary("Service list (one per service code)")
            .RequireAuthorization();
        api.MapGet("/services/{code}.json", ServiceDefinition).WithName("Open311ServiceDefinition").WithSummary("Service definition")
            .RequireAuthorization();
        api.MapGet("/requests.json", Requests).WithName("Open311Requests").WithSummary("Service requests, filtered as in GeoReport v2")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        api.MapPost("/requests.json", PostRequest).WithName("Open311PostRequest").WithSummary("Create a service request (form-encoded)")
            .RequireAuthorization(GovernancePolicies.FileCases).DisableAntiforgery();
        api.MapGet("/requests/{id}.json", Request).WithName("Open311Request").WithSummary("One service request")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        api.MapGet("/tokens/{token}.json", Token).WithName("Open311Token").WithSummary("Service request id from a token")
            .RequireAuthorization(GovernancePolicies.ReadCases);
        return app;
    }

    public static Ok<Dictionary<string, object?>> Discovery(HttpRequest http) => TypedResults.Ok(new Dictionary<string, object?>
    {
        ["changeset"] = "2026-11-28T00:00:00Z",
        ["contact"] = "清濛开发区社会治理中心 12345",
        ["key_service"] = "使用平台令牌（Bearer）访问",
        ["endpoints"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["specification"] = "http://wiki.open311.org/GeoReport_v2",
                ["url"] = http.PublicUrl(Prefix),
                ["changeset"] = "2026-11-28T00:00:00Z",
                ["type"] = "production",
                ["formats"] = new[] { "application/json" },
            },
        },
    });

    public static async Task<Ok<List<Dictionary<string, object?>>>> Services(GovernanceContext db, CancellationToken cancellationToken)
    {
        var modules = await db.Modules.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, cancellationToken);
        var services = await db.ServiceTypes.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(services.ConvertAll(s => new Dictionary<string, object?>
        {
            ["service_code"] = s.Code,
            ["service_name"] = s.Name,
            ["description"] = s.Description,
            ["metadata"] = false,
            ["type"] = "realtime",
            ["keywords"] = modules.GetValueOrDefault(s.ModuleCode),
            ["group"] = modules.GetValueOrDefault(s.ModuleCode),
        }));
    }

    public static async Task<Results<Ok<Dictionary<string, object?>>, JsonHttpResult<object[]>>> ServiceDefinition(
        string code, GovernanceContext db, CancellationToken cancellationToken)
    {
        if (!await db.ServiceTypes.AnyAsync(s => s.Code == code, cancellationToken))
        {
            return Error(StatusCodes.Status404NotFound, $"未知的 service_code {code} (unknown service_code {code})");
        }
        return TypedResults.Ok(new Dictionary<string, object?> { ["service_code"] = code, ["attributes"] = Array.Empty<object>() });
    }

    public static async Task<Results<Ok<List<Dictionary<string, object?>>>, JsonHttpResult<object[]>>> Requests(
        string? service_request_id, string? service_code, DateTimeOffset? start_date, DateTimeOffset? end_date, string? status,
        ClaimsPrincipal principal, GovernanceContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var cases = db.Cases.AsNoTracking().VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(service_request_id))
        {
            var numbers = service_request_id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            cases = cases.Where(c => numbers.Contains(c.Number));
        }
        else
        {
            // GeoReport v2: without ids, the last 90 days unless start/end say otherwise; at most 1000 results.
            var end = (end_date ?? time.GetUtcNow()).ToUniversalTime();
            var start = (start_date ?? end.AddDays(-90)).ToUniversalTime();
            if (end < start)
            {
                return Error(StatusCodes.Status400BadRequest, "结束时间不能早于开始时间 (end_date must not be before start_date)");
            }
            if (end - start > TimeSpan.FromDays(QueryBounds.MaxPeriodDays))
            {
                return Error(StatusCodes.Status400BadRequest, $"查询期间最长 3 年 (start_date to end_date spans at most {QueryBounds.MaxPeriodDays} days)");
            }
            cases = cases.Where(c => c.FiledAt >= start && c.FiledAt <= end);
        }
        if (!string.IsNullOrWhiteSpace(service_code))
        {
            var codes = service_code.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            cases = cases.Where(c => c.ServiceCode != null && codes.Contains(c.ServiceCode));
        }
        switch (status)
        {
            case null or "":
                break;
            case "open":
                cases = cases.Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.FollowedUp);
                break;
            case "closed":
                cases = cases.Where(c => c.Status == CaseStatus.Closed || c.Status == CaseStatus.FollowedUp);
                break;
            default:
                return Error(StatusCodes.Status400BadRequest, "status 须为 open 或 closed (status must be open or closed)");
        }
        var found = await cases.OrderByDescending(c => c.FiledAt).Take(1000).ToListAsync(cancellationToken);
        var views = await ToRequestsAsync(found, user, db, cancellationToken);
        return TypedResults.Ok(views);
    }

    public static async Task<Results<Ok<List<Dictionary<string, object?>>>, JsonHttpResult<object[]>>> Request(
        string id, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        var found = await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Number == id).ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return Error(StatusCodes.Status404NotFound, $"没有编号为 {id} 的诉求 (no service request {id})");
        }
        return TypedResults.Ok(await ToRequestsAsync(found, user, db, cancellationToken));
    }

    /// <summary>Requests are numbered at once, so the token is the request's own id (v7 GUID) and resolves immediately.</summary>
    public static async Task<Results<Ok<List<Dictionary<string, object?>>>, JsonHttpResult<object[]>>> Token(
        string token, ClaimsPrincipal principal, GovernanceContext db, CancellationToken cancellationToken)
    {
        var user = PlatformUser.From(principal);
        if (!Guid.TryParse(token, out var id) ||
            await db.Cases.AsNoTracking().VisibleTo(user).Where(c => c.Id == id).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken) is not { } number)
        {
            return Error(StatusCodes.Status404NotFound, $"没有与 token {token} 对应的诉求 (no service request for token {token})");
        }
        return TypedResults.Ok(new List<Dictionary<string, object?>> { new() { ["service_request_id"] = number, ["token"] = token } });
    }

    public static async Task<Results<Ok<List<Dictionary<string, object?>>>, JsonHttpResult<object[]>>> PostRequest(
        HttpRequest http, ClaimsPrincipal principal, GovernanceContext db, CaseFiling filing, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "GeoReport v2 请求须以 application/x-www-form-urlencoded 提交 (GeoReport v2 requests are posted as application/x-www-form-urlencoded)");
        }
        var form = await http.ReadFormAsync(cancellationToken);
        var serviceCode = form["service_code"].ToString();
        var description = form["description"].ToString().Trim();
        var address = form["address_string"].ToString().Trim();
        if (serviceCode.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "service_code 为必填项 (service_code is required)");
        }
        if (Open311Submission.Read(form) is not { } submission)
        {
            return Error(StatusCodes.Status400BadRequest, "须提供位置：lat 和 long，或 address_string (a location is required: lat and long, or address_string)");
        }
        if (submission.Invalid is { } invalid)
        {
            return Error(StatusCodes.Status400BadRequest, invalid);
        }
        if (description.Length is < 2 or > 4000)
        {
            return Error(StatusCodes.Status400BadRequest, "description 的长度须在 2 到 4000 个字符之间 (description must be 2 to 4000 characters)");
        }
        var service = await db.ServiceTypes.AsNoTracking().FirstOrDefaultAsync(s => s.Code == serviceCode, cancellationToken);
        if (service is null)
        {
            return Error(StatusCodes.Status400BadRequest, $"未知的 service_code {serviceCode} (unknown service_code {serviceCode})");
        }
        var user = PlatformUser.From(principal);
        var outcome = await filing.FileAsync(
            new CaseIntakeRequest(CaseChannel.Open311, service.ModuleCode, service.Code, service.Name, description,
                user.IsInRole(PlatformRoles.Firm) ? user.CreditCode : null, submission.Phone, address.Length > 0 ? address : null, null,
                Details: submission.Details),
            user, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Error(StatusCodes.Status400BadRequest, outcome.Failure.Message);
        }
        var filed = outcome.Value.Case;
        return TypedResults.Ok(new List<Dictionary<string, object?>>
        {
            new()
            {
                ["service_request_id"] = filed.Number,
                ["token"] = filed.Id.ToString(),
                ["service_notice"] = "工单已受理，中心将按时限派单办理。",
            },
        });
    }

    /// <summary>The richer states of a case as Open311's open / closed with the state in status_notes.</summary>
    public static (string Status, string Notes) MapStatus(CaseStatus status) => status switch
    {
        CaseStatus.Accepted => ("open", "受理：等待派单"),
        CaseStatus.Dispatched => ("open", "已派单：等待承办部门签收"),
        CaseStatus.Returned => ("open", "已退单：中心正在重新派单"),
        CaseStatus.InProgress => ("open", "办理中"),
        CaseStatus.AwaitingCoHandlers => ("open", "待协办反馈：主办部门已办结，协办部门正在反馈"),
        CaseStatus.Closed => ("closed", "办结"),
        _ => ("closed", "已回访：已办结并回访"),
    };

    private static async Task<List<Dictionary<string, object?>>> ToRequestsAsync(
        List<Case> cases, PlatformUser viewer, GovernanceContext db, CancellationToken cancellationToken)
    {
        var services = await db.ServiceTypes.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
        return cases.ConvertAll(c =>
        {
            var (status, notes) = MapStatus(c.Status);
            return new Dictionary<string, object?>
            {
                ["service_request_id"] = c.Number,
                ["status"] = status,
                ["status_notes"] = c.Resolution is { } resolution ? $"{notes}：{resolution}" : notes,
                ["service_name"] = c.ServiceCode is { } code ? services.GetValueOrDefault(code) : null,
                ["service_code"] = c.ServiceCode ?? c.ModuleCode,
                ["description"] = viewer.WithholdsComplainantFrom(c) ? CaseView.WithheldDescription : c.Description,
                ["agency_responsible"] = c.LeadDepartmentCode is { } lead ? departments.GetValueOrDefault(lead, lead) : "社会治理中心",
                ["service_notice"] = null,
                ["requested_datetime"] = c.FiledAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["updated_datetime"] = (c.ClosedAt ?? c.SignedForAt ?? c.DispatchedAt ?? c.FiledAt).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["expected_datetime"] = c.CompletionDueAt?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["address"] = c.Address ?? c.Place,
                ["address_id"] = c.AddressId,
                ["zipcode"] = null,
                ["lat"] = c.Latitude,
                ["long"] = c.Longitude,
                ["media_url"] = viewer.WithholdsComplainantFrom(c) ? null : c.MediaUrl,
            };
        });
    }

    private static JsonHttpResult<object[]> Error(int status, string description) =>
        TypedResults.Json<object[]>([new Dictionary<string, object?> { ["code"] = status, ["description"] = description }], statusCode: status);
}
