namespace Deploy.IntegrationTests;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformServersCollection : ICollectionFixture<PlatformServersFixture>
{
    public const string Name = "platform servers";
}
