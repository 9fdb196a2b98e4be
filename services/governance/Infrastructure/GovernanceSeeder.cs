using Microsoft.Extensions.Options;
using Qingmeng.Governance.Infrastructure.DemoData;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Governance.Infrastructure;

/// <summary>What a start seeds: the reference data always, the demo records only with <c>DemoData:Enabled</c>.</summary>
public sealed class GovernanceSeeder(IOptions<DemoDataOptions> options, GovernanceDemoSeeder demo) : IDbSeeder<GovernanceContext>
{
    public async Task SeedAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        await GovernanceCatalogueSeeder.SeedAsync(context, cancellationToken);
        if (options.Value.Enabled)
        {
            await demo.SeedAsync(context, options.Value.SeedFigures, cancellationToken);
        }
    }
}
