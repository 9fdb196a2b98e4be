using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Approval.Apis;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Infrastructure;

/// <summary>
/// Reference data, always: catalogue version 1 (5 departments, 16 items, 35 sub-items) and the zone's 17 revitalised
/// low-efficiency land sites taken through the whole loop. With <c>DemoData:Enabled</c>, also the 47-project portfolio,
/// with the events and audit entries its registration and decisions stage in real use.
/// Idempotent: every replica runs it under the migration lock.
/// </summary>
internal sealed class ApprovalSeeder(TimeProvider time, IOptions<ApprovalDemoOptions> demo) : IDbSeeder<ApprovalContext>
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

        if (demo.Value.Enabled && !await context.Projects.AnyAsync(p => p.RegisteredBy == DemoActor, cancellationToken))
        {
            await SeedDemoPortfolioAsync(context, now, cancellationToken);
        }
    }

    public const string DemoActor = "demo-seed";

    private static readonly PlatformUser DemoUser = new(DemoActor, "演示数据", new HashSet<string>(StringComparer.Ordinal), null, false, null, null, null);

    private static async Task SeedDemoPortfolioAsync(ApprovalContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agents = new List<Agent>();
        foreach (var (subject, name) in ApprovalDemoData.Agents)
        {
            var agent = await context.Agents.FirstOrDefaultAsync(a => a.Subject == subject, cancellationToken) ?? Agent.Enrol(subject, name, now);
            if (context.Entry(agent).State == EntityState.Detached)
            {
                context.Agents.Add(agent);
            }
            agents.Add(agent);
        }
        var catalogue = CatalogueSeed.Document;
        // Seeding runs inside the migration step, before HolidayScheduleReplica loads the stored schedules: read them here.
        var calendar = await context.LoadWorkingDayCalendarAsync(cancellationToken);
        var index = 0;
        foreach (var (firm, name, industry, creditCode) in ApprovalDemoData.Portfolio())
        {
            var registeredAt = now.AddDays(-200 + (index * 3));
            var project = Project.Register(name, creditCode, firm, 100_000_000m + (index * 25_000_000m), "泉州清濛经济技术开发区", 30m + (index % 9 * 10m),
                industry, isKeyProject: true, ProjectSource.Direct, 1, agents[index % agents.Count], DemoActor, null, registeredAt);
            var tasks = catalogue.SubItems.Where(s => s.IncludedByDefault)
                .Select(s => ApprovalTask.Create(project.Id, creditCode, s, catalogue.Items.First(i => i.Code == s.ItemCode).Name, registeredAt)).ToList();
            ApprovalDemoData.Progress(index, tasks, registeredAt, calendar);
            var prediction = ProjectPlanner.Predict(tasks, calendar, now);
            project.RecordPrediction(prediction.PredictedGroundbreaking, now);
            // The events real handling stages, at the times the demo history gives them, so the scorecard, the firm's
            // profile, talent's recruitment offers and finance's financing needs learn the portfolio as they would.
            context.AddIntegrationEvent(new ProjectRegistered(project.Id, project.Name, project.CreditCode, project.InvestmentAmount, project.IndustryCode, project.IsKeyProject)
            { OccurredAt = registeredAt }, project.Id.ToString());
            foreach (var task in tasks.Where(t => t.IsDecided).OrderBy(t => t.DecidedAt))
            {
                context.AddIntegrationEvent(new ApprovalTaskCompleted(project.Id, task.Id, task.SubItemCode, task.CreditCode, task.Status == ApprovalTaskStatus.Approved, task.WorkingDaysUsed ?? 0)
                { OccurredAt = task.DecidedAt!.Value }, project.Id.ToString());
            }
            if (prediction.Ready)
            {
                var readyAt = tasks.Where(t => t.DecidedAt is not null).Max(t => t.DecidedAt!.Value);
                project.MarkReadyForConstruction(WorkingDayCalendar.ToChinaDate(readyAt));
                context.AddIntegrationEvent(new ProjectReadyForConstruction(project.Id, project.Name, project.CreditCode, project.ReadyOn!.Value) { OccurredAt = readyAt }, project.Id.ToString());
                context.AddAudit(DemoUser, "project.ready-for-construction", "approval-project", project.Id.ToString(), readyAt);
            }
            context.Projects.Add(project);
            context.Tasks.AddRange(tasks);
            context.AddAudit(DemoUser, "project.registered", "approval-project", project.Id.ToString(), registeredAt);
            context.Timeline.Add(TimelineEntry.For(project.Id, null, "project.registered", null, ProjectStatus.Active.ToString(), "演示数据", DemoActor, registeredAt));
            index++;
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
