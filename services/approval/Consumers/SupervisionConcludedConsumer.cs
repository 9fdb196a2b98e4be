using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Operations;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>
/// Governance closed the 督办 supervision case of an overdue task: records the supervision as concluded on the task
/// the event names (<see cref="SupervisionConcluded.TaskId"/>), with its resolution, and shows it on the timeline.
/// </summary>
public sealed class SupervisionConcludedConsumer(IServiceProvider services, ILogger<SupervisionConcludedConsumer> logger)
    : InboxConsumer<SupervisionConcluded, ApprovalContext>(services)
{
    protected override async Task HandleAsync(SupervisionConcluded message, ApprovalContext db, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == message.TaskId && t.ProjectId == message.ProjectId, cancellationToken);
        if (task is null)
        {
            ApprovalLog.SupervisionTaskUnknown(logger, message.CaseNumber, message.TaskId);
            return;
        }
        task.CloseSupervision(message.CaseId, message.CaseNumber, message.Resolution, message.OccurredAt);
        db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.supervision-closed", null, null,
            $"督办工单 {message.CaseNumber} 已办结：{message.Resolution}", "governance", message.OccurredAt));
        db.AddAudit(SupervisionLink.Governance, "task.supervision-closed", "approval-task", task.Id.ToString(), message.OccurredAt);
        ApprovalLog.SupervisionClosed(logger, message.CaseNumber, task.Id);
    }
}
