namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>The documents the service indexes beside the policies in force: its own, never published or retired.</summary>
public static class PlatformDocuments
{
    public static IEnumerable<PolicyDocument> All() => GuideCatalogue.Documents().Concat(OutOfScopeCatalogue.Documents());

    public static bool Owns(string code) => GuideCatalogue.IsGuide(code) || OutOfScopeCatalogue.IsOutOfScope(code);
}
