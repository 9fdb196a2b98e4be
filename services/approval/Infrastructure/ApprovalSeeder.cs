using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Approval.Infrastructure.DemoData;
using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Approval.Infrastructure;

/// <summary>
/// Reference data, always: catalogue version 1 (5 departments, 16 items, 35 sub-items) and the zone's 17 revitalised
/// low-efficiency land sites taken through the whole loop. With <c>DemoData:Enabled</c>, also the 47-project portfolio,
/// with the events and audit entries its registration and decisions stage in real use.
/// Idempotent: every replica runs it under the migration lock.
/// </summary>
internal sealed class ApprovalSeeder(TimeProvider time, IOptions<DemoDataOptions> demo) : IDbSeeder<ApprovalContext>
{
    public const string SeedActor = "catalogue-seed";

    public async Task SeedAsync(ApprovalContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!await context.CatalogueVersions.AnyAsync(cancellationToken))
        {
            context.CatalogueVersions.Add(CatalogueVersion.Create(1, CatalogueSeed.Document, SeedActor, CatalogueSeed.Note, now));
        }

        var existing = await context.LandSites.Select(s => s.Code).ToListAsync(cancellationToken);
        foreach (var seed in LandSeed.Sites.Where(s => !existing.Contains(s.Code)))
        {
            var (floorArea, output, tax) = LandSeed.Baseline(seed);
            var site = LandSite.Survey(seed.Code, seed.Name, LandSeed.Location, seed.AreaMu, seed.CurrentUse, floorArea, output, tax, now);
            site.Plan($"{seed.Name}拆除重建，规划为{seed.PlannedUse}，提高容积率和亩均效益。", seed.PlannedUse, floorArea + seed.AddedFloorArea, now);
            site.GenerateProject(null, $"{seed.PlannedUse}（{seed.Name}盘活）", now);
            site.Evaluate(floorArea + seed.AddedFloorArea, output + (seed.AddedOutputWan * 10_000m), tax + (seed.AddedTaxWan * 10_000m), now);
            context.LandSites.Add(site);
        }
        await context.SaveChangesAsync(cancellationToken);

        if (demo.Value.Enabled && !await context.Projects.AnyAsync(p => p.RegisteredBy == ApprovalDemoPortfolio.DemoActor, cancellationToken))
        {
            await ApprovalDemoPortfolio.SeedAsync(context, now, cancellationToken);
        }
    }
}
