namespace Talent.IntegrationTests.Infrastructure;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class TalentServersCollection : ICollectionFixture<PlatformServersFixture>
{
    public const string Name = "talent servers";
}
