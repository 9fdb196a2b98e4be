using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.ServiceDefaults.Authentication;

namespace Consultant.IntegrationTests;

/// <summary>
/// "我的工单办到哪了 / 我的补贴到账了吗": the answer comes from the services that own the items — the firm's claims from
/// policy-match, its cases from governance (a stand-in that, like governance, shows a caller only the cases its token
/// may see) with the asker's own token — and nobody sees another's items.
/// </summary>
[Collection(ConsultantServersCollection.Name)]
public sealed class OwnItemsTests(ConsultantServers servers)
{
    private const string FirmACase = "QMGT-20261201-0007";
    private const string FirmBCase = "QMGT-20261202-0011";

    [Fact]
    public async Task Each_signed_in_firm_sees_only_its_own_cases_and_claims_and_an_anonymous_asker_is_told_to_sign_in()
    {
        await using var governance = await GovernanceStandIn.StartAsync(new Dictionary<string, (string Number, string Title, string Status)>
        {
            [TestCaller.FirmA.Subject] = (FirmACase, "园区路灯不亮", "InProgress"),
            [TestCaller.FirmB.Subject] = (FirmBCase, "厂区门口积水", "Closed"),
        });
        await using var host = await ConsultantHost.StartAsync(servers.Servers, new Dictionary<string, string>
        {
            ["services:governance-api:http:0"] = governance.Address,
        });
        var (firmAPolicy, firmBPolicy) = await OfferOneClaimEachAsync(host);

        // Firm A, JSON endpoint: its case (read from governance with its own token) and its claim.
        using var firmA = Client(host, TestCaller.FirmA);
        var answerA = await ConsultantHost.AskAsync(firmA, "我们公司提交的工单办到哪一步了？申请的补贴到账了吗");
        Assert.True(answerA.GetProperty("answered").GetBoolean());
        var textA = answerA.GetRawText();
        Assert.Contains(FirmACase, textA, StringComparison.Ordinal);
        Assert.Contains(firmAPolicy, textA, StringComparison.Ordinal);
        Assert.DoesNotContain(FirmBCase, textA, StringComparison.Ordinal);
        Assert.DoesNotContain(firmBPolicy, textA, StringComparison.Ordinal);
        Assert.Contains(answerA.GetProperty("ownItems").EnumerateArray(),
            i => i.GetProperty("kind").GetString() == "case" && i.GetProperty("status").GetString() == "InProgress");

        // Firm B, streaming endpoint: its own items only.
        using var firmB = Client(host, TestCaller.FirmB);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/policy/consult/stream")
        {
            Content = JsonContent.Create(new { question = "我的诉求现在什么进度了，我们的补助批下来没有" }),
        };
        using var response = await firmB.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = new List<(string Type, JsonElement Data)>();
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await response.Content.ReadAsStreamAsync()).EnumerateAsync())
        {
            events.Add((item.EventType, JsonDocument.Parse(item.Data).RootElement.Clone()));
        }
        Assert.Equal("answer", events[^1].Type);
        var answerB = events[^1].Data.GetProperty("answer");
        Assert.NotEmpty(answerB.GetProperty("ownItems").EnumerateArray());
        var streamed = string.Concat(events.Select(e => e.Data.GetRawText()));
        Assert.Contains(FirmBCase, streamed, StringComparison.Ordinal);
        Assert.Contains(firmBPolicy, streamed, StringComparison.Ordinal);
        Assert.DoesNotContain(FirmACase, streamed, StringComparison.Ordinal);
        Assert.DoesNotContain(firmAPolicy, streamed, StringComparison.Ordinal);

        // Governance was asked with each firm's own token, never with anyone else's.
        Assert.Equal([TestCaller.FirmA.Subject, TestCaller.FirmB.Subject], governance.Callers);

        // Anonymous: told to sign in, nothing looked up.
        using var anonymous = host.Anonymous();
        var answerAnonymous = await ConsultantHost.AskAsync(anonymous, "我的补贴到账了吗");
        Assert.StartsWith("查询您自己的工单和补贴申领进度需要先登录", answerAnonymous.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Empty(answerAnonymous.GetProperty("ownItems").EnumerateArray());
        Assert.DoesNotContain(FirmACase, answerAnonymous.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(firmAPolicy, answerAnonymous.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(2, governance.Callers.Count);

        // Governance unreachable: the firm still gets its claims and is told where to see its cases, never an error.
        await governance.DisposeAsync();
        var withoutGovernance = await ConsultantHost.AskAsync(firmA, "我的工单办到哪了，补贴到账没有");
        Assert.Contains(firmAPolicy, withoutGovernance.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("工单系统暂时无法查询", withoutGovernance.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FirmBCase, withoutGovernance.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A 免申即享 offer for each firm, on two different policies in force.</summary>
    private static async Task<(string FirmA, string FirmB)> OfferOneClaimEachAsync(ConsultantHost host)
    {
        using var scope = host.Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyMatchContext>();
        var policies = await db.Policies.Include(p => p.Versions).OrderBy(p => p.Code).Take(2).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var claims = new[] { (policies[0], TestTokens.FirmACreditCode), (policies[1], TestTokens.FirmBCreditCode) }
            .Select(c => SubsidyClaim.Offer(c.Item1, c.Item1.Versions[^1], c.Item2, 50_000m, now, DecisionBasis.From(null, c.Item1.Versions[^1], default, []), now));
        db.Claims.AddRange(claims);
        await db.SaveChangesAsync();
        return (policies[0].Code, policies[1].Code);
    }

    /// <summary>A client with a token for policy-match and governance, as the portal's sign-in issues it.</summary>
    private static HttpClient Client(ConsultantHost host, TestCaller caller)
    {
        var client = host.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GovernanceStandIn.TokenFor(caller));
        return client;
    }

    /// <summary>
    /// Governance's case list as a real HTTP server on a free port: it accepts only a valid token for governance and
    /// returns the caller's own case.
    /// </summary>
    private sealed class GovernanceStandIn : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly List<string> _callers = [];

        private GovernanceStandIn(WebApplication app, string address)
        {
            _app = app;
            Address = address;
        }

        public string Address { get; }

        public IReadOnlyList<string> Callers
        {
            get
            {
                lock (_callers)
                {
                    return [.. _callers];
                }
            }
        }

        public static string TokenFor(TestCaller caller)
        {
            var now = DateTime.UtcNow;
            return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = TestTokens.Issuer,
                Audiences = { PlatformScopes.Audiences[PlatformScopes.Policy], PlatformScopes.Audiences[PlatformScopes.Governance] },
                Claims = new Dictionary<string, object>
                {
                    [PlatformClaims.Subject] = caller.Subject,
                    [PlatformClaims.Name] = caller.Name,
                    [PlatformClaims.Role] = caller.Roles,
                    [PlatformClaims.CreditCode] = caller.CreditCode!,
                },
                IssuedAt = now,
                NotBefore = now,
                Expires = now.AddMinutes(30),
                SigningCredentials = new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.RsaSha256),
            });
        }

        public static async Task<GovernanceStandIn> StartAsync(IReadOnlyDictionary<string, (string Number, string Title, string Status)> caseOf)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            GovernanceStandIn? standIn = null;
            app.MapGet("/api/governance/cases", async (HttpContext http) =>
            {
                var header = http.Request.Headers.Authorization.ToString();
                var validation = await new JsonWebTokenHandler().ValidateTokenAsync(
                    header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : "",
                    new TokenValidationParameters
                    {
                        ValidIssuer = TestTokens.Issuer,
                        ValidAudience = PlatformScopes.Audiences[PlatformScopes.Governance],
                        IssuerSigningKey = TestTokens.SigningKey,
                    });
                if (!validation.IsValid)
                {
                    return Results.Unauthorized();
                }
                var subject = (string)validation.Claims[PlatformClaims.Subject];
                lock (standIn!._callers)
                {
                    standIn._callers.Add(subject);
                }
                var items = caseOf.TryGetValue(subject, out var own)
                    ? new[] { new { id = Guid.NewGuid(), number = own.Number, title = own.Title, status = own.Status, filedAt = DateTimeOffset.UtcNow.AddDays(-3), completionDueAt = (DateTimeOffset?)DateTimeOffset.UtcNow.AddDays(7), closedAt = (DateTimeOffset?)null, resolution = (string?)null } }
                    : [];
                return Results.Json(new { pageIndex = 0, pageSize = 5, count = items.Length, items });
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            standIn = new GovernanceStandIn(app, address);
            return standIn;
        }

        private bool _disposed;

        public async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                await _app.DisposeAsync();
            }
        }
    }
}
