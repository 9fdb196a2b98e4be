using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>
/// A firm registered an investment project: proposes a financing need for the project's investment, matched against
/// the products, once per project.
/// </summary>
public sealed class ProjectRegisteredConsumer(
    IServiceProvider services, TimeProvider time, IOptions<FinanceOptions> options, ILogger<ProjectRegisteredConsumer> logger)
    : InboxConsumer<ProjectRegistered, FinanceContext>(services)
{
    protected override async Task HandleAsync(ProjectRegistered message, FinanceContext db, CancellationToken cancellationToken)
    {
        if (await db.Needs.AnyAsync(n => n.ProjectId == message.ProjectId, cancellationToken))
        {
            FinanceLog.NeedAlreadyProposed(logger, message.ProjectId);
            return;
        }
        var now = time.GetUtcNow();
        var need = FinancingNeed.ProposeForProject(message.CreditCode, message.ProjectId, message.ProjectName, message.InvestmentAmount,
            options.Value.ProjectNeedTermMonths, EventActors.Approval.Subject, now);
        var (_, matches) = await ProductMatching.MatchAsync(db, need, options.Value, now, cancellationToken);
        need.SetEligibleProducts(matches.Count(m => m.Outcome == EligibilityOutcome.Met));
        db.Needs.Add(need);
        db.AddAudit(EventActors.Approval, "need.proposed", "financing-need", need.Id.ToString(), now);
        FinanceLog.NeedProposed(logger, need.Id, message.ProjectId, need.EligibleProducts);
    }
}
