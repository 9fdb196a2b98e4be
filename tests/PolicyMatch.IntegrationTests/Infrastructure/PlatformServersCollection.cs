namespace PolicyMatch.IntegrationTests.Infrastructure;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformServersCollection : ICollectionFixture<PlatformServersFixture>
{
    public const string Name = "policy-match servers";
}
