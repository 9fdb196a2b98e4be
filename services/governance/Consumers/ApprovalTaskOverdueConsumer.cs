using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Consumers;

/// <summary>
/// An approval task passed its statutory limit: open one 督办 supervision case for it (the inbox and the unique
/// source reference make a redelivered or duplicated event a no-op) and dispatch it straight to the department
/// that holds the task, when the catalogue knows it; otherwise the centre dispatches it.
/// </summary>
public sealed class ApprovalTaskOverdueConsumer(IServiceProvider services, CaseIntake intake, TimeProvider time, GovernanceMetrics metrics, HolidayCalendar calendar)
    : InboxConsumer<ApprovalTaskOverdue, GovernanceContext>(services)
{
    /// <summary>The approval service acting through its event: recorded as the filer and in the audit trail.</summary>
    public static readonly PlatformUser ApprovalService = PlatformUser.System("service:approval", "审批服务");

    public static string SourceReferenceFor(ApprovalTaskOverdue overdue) => Case.ApprovalSourceReference(overdue.ProjectId, overdue.TaskId);

    protected override async Task HandleAsync(ApprovalTaskOverdue message, GovernanceContext db, CancellationToken cancellationToken)
    {
        var reference = SourceReferenceFor(message);
        if (await db.Cases.AnyAsync(c => c.SourceReference == reference, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var due = message.DueAt.ToOffset(ChinaTime.Offset);
        var supervision = await intake.FileAsync(
            new CaseIntakeRequest(
                CaseChannel.ServiceEvent, GovernanceCatalogue.SupervisionModuleCode, "EFF-SUP-01",
                $"审批超时督办：{message.SubItemName}",
                $"审批事项「{message.SubItemName}」（{message.SubItemCode}）已超过法定办理时限（应于 {due:yyyy-MM-dd HH:mm} 前办结），由中心督办。",
                message.CreditCode.Length == 18 ? message.CreditCode : null, null, null, null, reference),
            ApprovalService, now, cancellationToken);

        if (await db.Departments.AnyAsync(d => d.Code == message.DepartmentCode, cancellationToken))
        {
            var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Code == GovernanceCatalogue.SupervisionModuleCode, cancellationToken);
            var dispatched = supervision.Dispatch(message.DepartmentCode, [], module, ApprovalService.Subject, now, calendar.Current);
            db.AddIntegrationEvent(dispatched, aggregateKey: supervision.Id.ToString());
            db.AddAudit(ApprovalService, "case.dispatched", "case", supervision.Id.ToString(), now);
            metrics.Dispatched(message.DepartmentCode);
        }
    }
}
