using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;

namespace Platform.IntegrationTests.Security;

/// <summary>
/// Every endpoint that exists × every role (and anonymous) → the expected status. Kept current as
/// endpoints are added: a new endpoint without a row here is a gap in the access design.
/// </summary>
[Collection(PlatformServersCollection.Name)]
public sealed class AccessMatrixTests(PlatformServersFixture servers)
{
    private const string Anonymous = "anonymous";

    private static readonly string[] Callers = [Anonymous, .. PlatformRoles.All];

    private const string NoSuchRepair = "0193a5c0-0000-7000-8000-000000000001";

    /// <summary>Endpoint → (role → status); roles not listed get 403, anonymous always 401.</summary>
    private static readonly Dictionary<string, Dictionary<string, HttpStatusCode>> Matrix = new()
    {
        ["POST /api/governance/cases"] = Allow(HttpStatusCode.Created,
            PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.HotlineSystem, PlatformRoles.Admin),
        ["GET /api/governance/cases"] = Allow(HttpStatusCode.OK,
            PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin),
        // Firm A's own case: visible to firm A and the centre; another reader of cases gets 404, never the data.
        ["GET /api/governance/cases/{firmACase}"] = With(
            Allow(HttpStatusCode.OK, PlatformRoles.Firm, PlatformRoles.Dispatcher, PlatformRoles.Admin),
            (PlatformRoles.Citizen, HttpStatusCode.NotFound), (PlatformRoles.DepartmentOfficer, HttpStatusCode.NotFound)),
        ["POST /api/governance/cases/{freshCase}/close"] = Allow(HttpStatusCode.OK, PlatformRoles.Dispatcher, PlatformRoles.Admin),
        ["GET /api/governance/audit"] = Allow(HttpStatusCode.OK, PlatformRoles.Admin),
        // The arbitration commission is 人社局's: the matrix's department officer (住建局) is refused.
        ["GET /api/governance/labour-disputes"] = Allow(HttpStatusCode.OK,
            PlatformRoles.Firm, PlatformRoles.Citizen, PlatformRoles.Dispatcher, PlatformRoles.Admin),
        ["GET /api/governance/penalties"] = Allow(HttpStatusCode.OK,
            PlatformRoles.Firm, PlatformRoles.Dispatcher, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin),
        // A decision dated in the future: allowed callers get the 422, and nothing is recorded.
        ["POST /api/governance/penalties"] = Allow(HttpStatusCode.UnprocessableEntity, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin),
        // Firm A has no such penalty: 404 for the firm, refused for everyone else.
        ["POST /api/governance/credit-repairs"] = Allow(HttpStatusCode.NotFound, PlatformRoles.Firm),
        // Applications: a firm its own, an officer its department's penalties', an administrator all; nobody else.
        ["GET /api/governance/credit-repairs"] = Allow(HttpStatusCode.OK, PlatformRoles.Firm, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin),
        // Only the penalising department (or an administrator) decides: no such application is a 404 for them; a firm never grants.
        [$"POST /api/governance/credit-repairs/{NoSuchRepair}/grant"] = Allow(HttpStatusCode.NotFound, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin),
        [$"POST /api/governance/credit-repairs/{NoSuchRepair}/refuse"] = Allow(HttpStatusCode.NotFound, PlatformRoles.DepartmentOfficer, PlatformRoles.Admin),
        ["GET /api/policy/signals"] = Allow(HttpStatusCode.OK, PlatformRoles.PolicyOfficer, PlatformRoles.Admin),
        ["GET /api/policy/audit"] = Allow(HttpStatusCode.OK, PlatformRoles.Admin),
        ["GET /api/approval/audit"] = Allow(HttpStatusCode.OK, PlatformRoles.Admin),
        ["GET /api/finance/audit"] = Allow(HttpStatusCode.OK, PlatformRoles.Admin),
        ["GET /api/talent/audit"] = Allow(HttpStatusCode.OK, PlatformRoles.Admin),
    };

    [Fact]
    public async Task Every_endpoint_gives_every_role_the_expected_status()
    {
        await using var platform = new AllServicesFixture(servers);
        await platform.InitializeAsync();
        var mismatches = new List<string>();
        var checkedCells = 0;

        foreach (var (endpoint, allowed) in Matrix)
        {
            foreach (var role in Callers)
            {
                var expected = role == Anonymous ? HttpStatusCode.Unauthorized : allowed.GetValueOrDefault(role, HttpStatusCode.Forbidden);
                var (status, body) = await CallAsync(platform, endpoint, role);
                checkedCells++;
                if (status != expected)
                {
                    mismatches.Add($"{endpoint} as {role}: expected {(int)expected}, got {(int)status} {body}");
                }
                else if (status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden && body.Contains("企业用电报装", StringComparison.Ordinal))
                {
                    mismatches.Add($"{endpoint} as {role}: the refusal carried the resource");
                }
            }
        }

        Assert.Equal(Matrix.Count * Callers.Length, checkedCells);
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task<(HttpStatusCode Status, string Body)> CallAsync(AllServicesFixture platform, string endpoint, string role)
    {
        var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var path = await ResolveAsync(platform, template);
        var prefix = "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2));
        using var client = platform.Clients[prefix](role == Anonymous ? null : TestCaller.ByRole[role]);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = BodyFor(template) };
        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ResolveAsync(AllServicesFixture platform, string template)
    {
        if (template.Contains("{firmACase}"))
        {
            return template.Replace("{firmACase}", platform.FirmACaseId.ToString());
        }
        if (template.Contains("{freshCase}"))
        {
            var (id, _) = await platform.Pipeline.FileCaseAsync(1, TestCaller.Dispatcher);
            return template.Replace("{freshCase}", id.ToString());
        }
        return template;
    }

    private static HttpContent? BodyFor(string template) => template switch
    {
        "/api/governance/cases" => JsonContent.Create(new { channel = "App", moduleCode = "ECON-RUN", title = "权限矩阵测试", description = "按角色提交工单" }),
        "/api/governance/penalties" => JsonContent.Create(new
        {
            reference = "权限矩阵罚〔2999〕1号", creditCode = TestTokens.FirmACreditCode, category = "General", fineAmount = 1m,
            decidedOn = "2999-01-01", description = "按角色记录处罚",
        }),
        "/api/governance/credit-repairs" => JsonContent.Create(new
        {
            penaltyReference = "权限矩阵罚〔2999〕1号", commitment = "按角色申请信用修复",
            evidence = new[] { new { description = "罚款缴纳凭证", reference = "权限矩阵〔2999〕1号" } },
        }),
        _ when template.EndsWith("/grant", StringComparison.Ordinal) => JsonContent.Create(new { finePaid = true, corrected = true, reason = "按角色准予修复" }),
        _ when template.EndsWith("/refuse", StringComparison.Ordinal) => JsonContent.Create(new { reason = "按角色不予修复" }),
        _ when template.EndsWith("/close", StringComparison.Ordinal) => JsonContent.Create(new { resolution = "已办结" }),
        _ => null,
    };

    private static Dictionary<string, HttpStatusCode> Allow(HttpStatusCode status, params string[] roles) =>
        roles.ToDictionary(role => role, _ => status);

    private static Dictionary<string, HttpStatusCode> With(Dictionary<string, HttpStatusCode> cells, params (string Role, HttpStatusCode Status)[] more)
    {
        foreach (var (role, status) in more)
        {
            cells[role] = status;
        }
        return cells;
    }
}
