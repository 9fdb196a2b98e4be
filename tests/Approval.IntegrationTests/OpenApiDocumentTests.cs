using Approval.IntegrationTests.Infrastructure;

namespace Approval.IntegrationTests;

[Collection(ApprovalServersCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task The_OpenAPI_document_loads_and_describes_every_endpoint()
    {
        await using var app = await ApprovalApp.StartAsync(servers);
        using var anonymous = app.Anonymous();

        await OpenApiDocumentCheck.AssertDescribesEveryEndpointAsync(app.Host.Services, anonymous);
        await OpenApiDocumentCheck.AssertReferencePageLoadsAsync(anonymous);
    }
}
