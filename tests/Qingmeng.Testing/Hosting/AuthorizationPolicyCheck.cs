using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Qingmeng.Testing.Hosting;

/// <summary>
/// Every authorized endpoint of a service names a policy the service registered, and none builds its own policy
/// inline: who may call what is then written once, in the service's policies class.
/// </summary>
public static class AuthorizationPolicyCheck
{
    public static async Task AssertEveryEndpointNamesARegisteredPolicyAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var name = $"{endpoint.DisplayName}";
            if (endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0)
            {
                problems.Add($"{name}: an inline policy");
            }
            foreach (var data in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>())
            {
                if (data.Roles is not null)
                {
                    problems.Add($"{name}: roles listed on the endpoint ({data.Roles})");
                }
                if (data.Policy is { } policy && await policies.GetPolicyAsync(policy) is null)
                {
                    problems.Add($"{name}: policy '{policy}' is not registered");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
