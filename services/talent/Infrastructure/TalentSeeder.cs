using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Talent.Infrastructure.DemoData;
using Qingmeng.Talent.Infrastructure.ReferenceData;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Infrastructure;

/// <summary>
/// Seeds at start, on every replica: the reference data always (<see cref="TalentReferenceData"/>), the demo data
/// only when <c>DemoData:Enabled</c> (<see cref="TalentDemoData"/>).
/// </summary>
public sealed class TalentSeeder(IOptions<DemoDataOptions> demo, IOptions<TalentOptions> talent, TimeProvider time) : IDbSeeder<TalentContext>
{
    public async Task SeedAsync(TalentContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await TalentReferenceData.SeedAsync(context, now, cancellationToken);
        if (demo.Value.Enabled)
        {
            await TalentDemoData.SeedAsync(context, talent.Value.AmbassadorIncentive, now, cancellationToken);
        }
    }
}
