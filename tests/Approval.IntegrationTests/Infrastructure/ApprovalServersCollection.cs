namespace Approval.IntegrationTests.Infrastructure;

/// <summary>xunit finds collection definitions only in the test assembly itself.</summary>
[CollectionDefinition(Name)]
public sealed class ApprovalServersCollection : ICollectionFixture<PlatformServersFixture>
{
    public const string Name = "approval servers";
}
