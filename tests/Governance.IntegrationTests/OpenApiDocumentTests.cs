namespace Governance.IntegrationTests;

[Collection(GovernanceServersCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task The_OpenAPI_document_loads_and_describes_every_endpoint()
    {
        await using var host = await GovernanceHost.StartAsync(servers);
        using var anonymous = host.Anonymous();

        await OpenApiDocumentCheck.AssertDescribesEveryEndpointAsync(host.Primary.Services, anonymous);
        await OpenApiDocumentCheck.AssertReferencePageLoadsAsync(anonymous);
    }
}
