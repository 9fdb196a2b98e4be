using Microsoft.Extensions.Options;
using Qingmeng.PolicyMatch.Infrastructure.DemoData;
using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.PolicyMatch.Infrastructure;

/// <summary>
/// Seeds policy-match's database: the policy catalogue always (reference data); with demo data on, the demo firms, and
/// with <see cref="DemoDataOptions.SeedFigures"/> also the payment history behind the case study's figures first, and
/// after the demo firms the 专精特新 certifications of 2023 and 2024 and 2024's 申报辅导.
/// </summary>
public sealed class PolicyMatchSeeder(
    IOptions<DemoDataOptions> demo, PolicyCatalogueSeeder catalogue, DemoFirmsSeeder demoFirms,
    SpecialisedFirmsSeeder specialisedFirms, GuidanceHistorySeeder guidanceHistory) : IDbSeeder<PolicyMatchContext>
{
    /// <summary>The credit codes of the firms paid in 2024 (the firm register's).</summary>
    public static IEnumerable<string> HistoryFirmCodes => PaymentHistorySeeder.HistoryFirmCodes;

    /// <summary>The credit codes of the demo firms whose profiles are registered.</summary>
    public static IEnumerable<string> DemoFirmCodes => DemoFirmsSeeder.DemoFirmCodes;

    public async Task SeedAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        await catalogue.SeedAsync(context, cancellationToken);
        if (demo.Value.Enabled)
        {
            if (demo.Value.SeedFigures)
            {
                await PaymentHistorySeeder.SeedAsync(context, cancellationToken);
            }
            await demoFirms.SeedAsync(context, cancellationToken);
            if (demo.Value.SeedFigures)
            {
                await specialisedFirms.SeedAsync(context, cancellationToken);
                await guidanceHistory.SeedAsync(context, cancellationToken);
            }
        }
    }
}
