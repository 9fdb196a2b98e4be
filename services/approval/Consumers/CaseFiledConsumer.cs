using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>
/// Governance opened a 督办 supervision case for an overdue task: links the case number to the task the event names
/// (<see cref="CaseFiled.SupervisedTaskId"/>) so the firm and agent see it. Any other case is ignored, whatever its title says.
/// </summary>
public sealed class CaseFiledConsumer(IServiceProvider services) : InboxConsumer<CaseFiled, ApprovalContext>(services)
{
    protected override async Task HandleAsync(CaseFiled message, ApprovalContext db, CancellationToken cancellationToken)
    {
        if (message.SupervisedTaskId is not { } taskId)
        {
            return;
        }
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null || task.SupervisionCaseId is not null)
        {
            return;
        }
        task.LinkSupervisionCase(message.CaseId, message.CaseNumber);
        db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.supervision-opened", null, null,
            $"治理中心督办工单 {message.CaseNumber}", "governance", message.OccurredAt));
        db.AddAudit(SupervisionLink.Governance, "task.supervision-opened", "approval-task", task.Id.ToString(), message.OccurredAt);
    }
}
