using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure.ReferenceData;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Infrastructure.DemoData;

/// <summary>
/// The demo portfolio (<see cref="ApprovalDemoData"/>), seeded only with <c>DemoData:Enabled</c>: its agents, projects and
/// tasks, with the events and audit entries their registration and decisions stage in real use.
/// </summary>
internal static class ApprovalDemoPortfolio
{
    public const string DemoActor = "demo-seed";

    private static readonly PlatformUser DemoUser = PlatformUser.System(DemoActor, "演示数据");

    public static async Task SeedAsync(ApprovalContext context, DateTimeOffset now, CancellationToken cancellationToken)
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
                project.MarkReadyForConstruction(ChinaTime.ToChinaDate(readyAt));
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
