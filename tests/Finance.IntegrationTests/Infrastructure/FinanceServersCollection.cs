namespace Finance.IntegrationTests.Infrastructure;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class FinanceServersCollection : ICollectionFixture<PlatformServersFixture>
{
    public const string Name = "finance servers";
}
