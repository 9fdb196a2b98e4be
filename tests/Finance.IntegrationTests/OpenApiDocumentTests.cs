using Finance.IntegrationTests.Infrastructure;

namespace Finance.IntegrationTests;

[Collection(FinanceServersCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task The_OpenAPI_document_loads_and_describes_every_endpoint()
    {
        await using var app = await FinanceApp.StartAsync(servers);
        using var anonymous = app.Client(null);

        await OpenApiDocumentCheck.AssertDescribesEveryEndpointAsync(app.Host.Services, anonymous);
        await OpenApiDocumentCheck.AssertReferencePageLoadsAsync(anonymous);
    }
}
