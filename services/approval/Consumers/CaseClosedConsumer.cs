using Qingmeng.Approval.Extensions;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>Governance closed a supervision (督办) case about an overdue task: show its closure on the task and the timeline.</summary>
public sealed class CaseClosedConsumer(IServiceProvider services, ILogger<CaseClosedConsumer> logger)
    : InboxConsumer<CaseClosed, ApprovalContext>(services)
{
    protected override async Task HandleAsync(CaseClosed message, CancellationToken cancellationToken)
    {
        var task = await SupervisionCases.FindTaskAsync(Db, message.CaseId, message.Title, message.CreditCode, cancellationToken);
        if (task is null)
        {
            ApprovalLog.CaseNotMatched(logger, message.CaseNumber);
            return;
        }
        task.CloseSupervision(message.CaseId, message.CaseNumber, message.Resolution, message.OccurredAt);
        Db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.supervision-closed", null, null,
            $"督办工单 {message.CaseNumber} 已办结：{message.Resolution}", "governance", message.OccurredAt));
        ApprovalLog.SupervisionClosed(logger, message.CaseNumber, task.Id);
    }
}
