using Approval.IntegrationTests.Infrastructure;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class AuthorizationPolicyTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task Every_authorized_endpoint_names_a_registered_policy_and_none_is_built_inline()
    {
        await using var app = await ApprovalApp.StartAsync(servers);

        await AuthorizationPolicyCheck.AssertEveryEndpointNamesARegisteredPolicyAsync(app.Host.Services);
    }
}
