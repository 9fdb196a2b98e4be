using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>Governance opened a supervision case for an overdue task: link its number to the task so the firm and agent see it.</summary>
public sealed class CaseFiledConsumer(IServiceProvider services) : InboxConsumer<CaseFiled, ApprovalContext>(services)
{
    protected override async Task HandleAsync(CaseFiled message, CancellationToken cancellationToken)
    {
        var task = await SupervisionCases.FindTaskAsync(Db, message.CaseId, message.Title, message.CreditCode, cancellationToken);
        if (task is null || task.SupervisionCaseId is not null)
        {
            return;
        }
        task.LinkSupervisionCase(message.CaseId, message.CaseNumber);
        Db.Timeline.Add(TimelineEntry.For(task.ProjectId, task, "task.supervision-opened", null, null,
            $"治理中心督办工单 {message.CaseNumber}", "governance", message.OccurredAt));
    }
}
