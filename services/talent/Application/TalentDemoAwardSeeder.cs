using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Infrastructure.DemoData;

namespace Qingmeng.Talent.Application;

/// <summary>
/// The service's seeder: <see cref="TalentSeeder"/>'s reference and demo data, then, with <c>DemoData:Enabled</c>, the
/// 引工大使评选 of the demo year (the year of the demo ambassadors' latest hire): its top-ranked ambassador is awarded
/// <see cref="TalentDemoData.AmbassadorAwardTitle"/> through <see cref="AmbassadorAwards"/>, as an admin's
/// <c>POST /api/talent/ambassadors/awards</c> would. Once: a year that has an award is left alone.
/// </summary>
public sealed class TalentDemoAwardSeeder(TalentSeeder seeder, IOptions<DemoDataOptions> demo, TimeProvider time) : IDbSeeder<TalentContext>
{
    private static readonly PlatformUser DemoAdmin =
        new(TalentDemoData.SeedSubject, "引工大使评选演示数据", new HashSet<string>([PlatformRoles.Admin], StringComparer.Ordinal), null, false, null, null, null);

    public async Task SeedAsync(TalentContext context, CancellationToken cancellationToken)
    {
        await seeder.SeedAsync(context, cancellationToken);
        if (!demo.Value.Enabled)
        {
            return;
        }
        var demoAmbassadors = context.Ambassadors.Where(a => a.Subject.StartsWith(TalentDemoData.AmbassadorSubjectPrefix)).Select(a => a.Id);
        var latestHire = await context.Hires.Where(h => h.AmbassadorId != null && demoAmbassadors.Contains(h.AmbassadorId.Value))
            .MaxAsync(h => (DateOnly?)h.HiredOn, cancellationToken);
        if (latestHire is not { Year: var year } || await context.AmbassadorAwards.AnyAsync(a => a.Year == year, cancellationToken))
        {
            return;
        }
        var top = (await AmbassadorAwards.RankAsync(context, year, cancellationToken)).FirstOrDefault(s => s.Hires > 0);
        if (top is null)
        {
            return;
        }
        // Refused only when another replica's award of the same ambassador and year committed first: nothing is left to do then.
        _ = await AmbassadorAwards.AwardAsync(
            context, top.Ambassador.Id, year, TalentDemoData.AmbassadorAwardTitle, DemoAdmin, time.GetUtcNow(), cancellationToken);
    }
}
