using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Infrastructure.DemoData;

/// <summary>
/// Re-matches a firm against every policy in force once demo data has changed its profile. The matching use case
/// (in Application) implements it, so the seeder does not depend on the layer above it.
/// </summary>
public interface IFirmRematcher
{
    Task RematchFirmAsync(FirmProfile profile, CancellationToken cancellationToken);
}
