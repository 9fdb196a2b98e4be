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
    protected override async Task HandleAsync(ProjectRegistered message, CancellationToken cancellationToken)
    {
        if (await Db.Needs.AnyAsync(n => n.ProjectId == message.ProjectId, cancellationToken))
        {
            FinanceLog.NeedAlreadyProposed(logger, message.ProjectId);
            return;
        }
        var now = time.GetUtcNow();
        var need = FinancingNeed.ProposeForProject(message.CreditCode, message.ProjectId, message.ProjectName, message.InvestmentAmount,
            options.Value.ProjectNeedTermMonths, EventActors.Approval.Subject, now);
        var (_, matches) = await ProductMatching.MatchAsync(Db, need, options.Value, now, cancellationToken);
        need.SetEligibleProducts(matches.Count(m => m.Outcome == EligibilityOutcome.Met));
        Db.Needs.Add(need);
        Db.AddAudit(EventActors.Approval, "need.proposed", "financing-need", need.Id.ToString(), now);
        FinanceLog.NeedProposed(logger, need.Id, message.ProjectId, need.EligibleProducts);
    }
}

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class ProjectRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<ProjectRegisteredConsumer>(options);
