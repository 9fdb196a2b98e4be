using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults;

namespace Qingmeng.PolicyMatch.Infrastructure.ReferenceData;

/// <summary>One policy of the zone's published catalogue: its code and category plus the terms of its first version.</summary>
public sealed record PolicyCatalogueEntry(string Code, PolicyCategory Category, PolicyTerms Terms);

/// <summary>
/// The zone's 85 business-support policies in 8 categories (政策找企), kept as data in
/// <c>policy-catalogue.zh.json</c> beside this file and embedded in the assembly.
/// </summary>
public static class PolicyCatalogue
{
    private const string ResourceName = "policy-catalogue.zh.json";

    private sealed record Header(string Code, PolicyCategory Category);

    private static readonly Lazy<IReadOnlyList<PolicyCatalogueEntry>> Entries = new(Load);

    public static IReadOnlyList<PolicyCatalogueEntry> All => Entries.Value;

    private static IReadOnlyList<PolicyCatalogueEntry> Load()
    {
        using var stream = typeof(PolicyCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().Select(element =>
        {
            var header = element.Deserialize<Header>(PlatformJson.Options)!;
            var terms = element.Deserialize<PolicyTerms>(PlatformJson.Options)!;
            return new PolicyCatalogueEntry(header.Code, header.Category, terms);
        }).ToList();
    }
}
