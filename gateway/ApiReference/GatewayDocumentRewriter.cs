using System.Text.Json.Nodes;

namespace Qingmeng.Gateway.ApiReference;

/// <summary>
/// Turns a service's own OpenAPI document into the one the public reference shows: addressed to the gateway, holding
/// only the paths the gateway routes to that service, and with the identity service's OAuth 2.0 flows beside the plain
/// bearer scheme, so "try it" can get a token (authorization code + PKCE for people, client credentials for partner systems).
/// </summary>
public static class GatewayDocumentRewriter
{
    public const string OAuthScheme = "oauth2";
    private const string BearerScheme = "Bearer";

    public static JsonObject Rewrite(JsonObject serviceDocument, ServiceDocument service, string publicBaseUrl, IReadOnlyCollection<string> routedPrefixes)
    {
        var document = (JsonObject)serviceDocument.DeepClone();
        var baseUrl = publicBaseUrl.TrimEnd('/');
        document["servers"] = new JsonArray(new JsonObject { ["url"] = baseUrl, ["description"] = "清濛网关 (the platform's gateway)" });

        if (document["paths"] is JsonObject paths)
        {
            // Operator endpoints (outbox, error queues, audits) answer only inside the cluster: the gateway never routes them.
            foreach (var path in paths.Select(p => p.Key).Where(p => !routedPrefixes.Any(prefix => p.StartsWith(prefix, StringComparison.Ordinal))).ToList())
            {
                paths.Remove(path);
            }
            foreach (var operation in paths.Select(p => p.Value).OfType<JsonObject>().SelectMany(item => item.Select(o => o.Value).OfType<JsonObject>()))
            {
                AddOAuthAlternative(operation, service.Scope);
            }
        }

        var components = document["components"] as JsonObject ?? (JsonObject)(document["components"] = new JsonObject());
        var schemes = components["securitySchemes"] as JsonObject ?? (JsonObject)(components["securitySchemes"] = new JsonObject());
        schemes[OAuthScheme] = OAuthSchemeFor(service, baseUrl);
        return document;
    }

    /// <summary>Where the bearer scheme is required, a token from either OAuth flow is accepted too (requirements are alternatives).</summary>
    private static void AddOAuthAlternative(JsonObject operation, string? scope)
    {
        if (operation["security"] is not JsonArray security
            || !security.OfType<JsonObject>().Any(requirement => requirement.ContainsKey(BearerScheme)))
        {
            return;
        }
        var scopes = new JsonArray();
        if (scope is not null)
        {
            scopes.Add(scope);
        }
        security.Add(new JsonObject { [OAuthScheme] = scopes });
    }

    private static JsonObject OAuthSchemeFor(ServiceDocument service, string baseUrl)
    {
        var userScopes = new JsonObject { ["openid"] = "登录身份 (who you are)", ["profile"] = "姓名与角色 (name and roles)" };
        var systemScopes = new JsonObject();
        if (service.Scope is not null)
        {
            userScopes[service.Scope] = $"调用{service.Title} (call this service)";
            systemScopes[service.Scope] = $"调用{service.Title} (call this service)";
        }
        return new JsonObject
        {
            ["type"] = "oauth2",
            ["description"] = "清濛身份服务签发的令牌：个人用授权码 + PKCE 登录，合作系统（12345 热线、银行）用客户端凭据。",
            ["flows"] = new JsonObject
            {
                ["authorizationCode"] = new JsonObject
                {
                    ["authorizationUrl"] = $"{baseUrl}/connect/authorize",
                    ["tokenUrl"] = $"{baseUrl}/connect/token",
                    ["refreshUrl"] = $"{baseUrl}/connect/token",
                    ["scopes"] = userScopes,
                },
                ["clientCredentials"] = new JsonObject
                {
                    ["tokenUrl"] = $"{baseUrl}/connect/token",
                    ["scopes"] = systemScopes,
                },
            },
        };
    }
}
