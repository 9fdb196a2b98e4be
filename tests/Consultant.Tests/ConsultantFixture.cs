using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using System.Diagnostics.Metrics;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>The consultant over the zone's 85 catalogue policies and the platform's guides, on a fixed day while they are all in force.</summary>
public static class Consultants
{
    public static readonly DateTimeOffset Today = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly Lazy<IReadOnlyList<PolicyDocument>> Catalogue = new(() =>
        [.. PolicyCatalogue.All.Select(e => PolicyDocuments.From(e.Code, e.Category, 1, e.Terms))]);

    private static readonly Lazy<IMeterFactory> Meters = new(() =>
        new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    public static IReadOnlyList<PolicyDocument> CatalogueDocuments => Catalogue.Value;

    private static readonly Lazy<PassageIndex> Shared = new(CatalogueIndex);

    /// <summary>One index for the tests that only read it.</summary>
    public static PassageIndex SharedIndex => Shared.Value;

    /// <summary>The catalogue policies and the platform's guides, as the service indexes them at start.</summary>
    public static PassageIndex CatalogueIndex()
    {
        var index = new PassageIndex();
        index.Load(Catalogue.Value.Concat(PlatformDocuments.All()));
        return index;
    }

    public static PolicyConsultant Create(PassageIndex index, Microsoft.Extensions.AI.IChatClient? answerer = null, ConsultantOptions? options = null, TimeProvider? time = null)
    {
        var builtIn = new ExtractiveChatClient();
        return new PolicyConsultant(index, answerer ?? builtIn, builtIn, Options.Create(options ?? new ConsultantOptions()),
            new ConsultantMetrics(Meters.Value), time ?? new FakeTimeProvider(Today), NullLogger<PolicyConsultant>.Instance);
    }
}
