using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Infrastructure.DemoData;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>
/// The service's seeder: <see cref="ApprovalSeeder"/>'s reference and demo data, then, with <c>DemoData:SeedFigures</c>,
/// the 2024 招商签约 behind the 正式合同转化率 (<see cref="ApprovalDemoInvestment"/>) recorded through
/// <see cref="InvestmentPromotion"/> itself, so the demo's agreements carry the audit entries and events real ones do.
/// </summary>
internal sealed class ApprovalFiguresSeeder(ApprovalSeeder seeder, InvestmentPromotion promotion, IOptions<DemoDataOptions> demo) : IDbSeeder<ApprovalContext>
{
    public async Task SeedAsync(ApprovalContext context, CancellationToken cancellationToken)
    {
        await seeder.SeedAsync(context, cancellationToken);
        if (demo.Value is not { Enabled: true, SeedFigures: true }
            || await context.InvestmentAgreements.CountAsync(a => a.RecordedBy == ApprovalDemoInvestment.DemoActor, cancellationToken) >= ApprovalDemoInvestment.Intents)
        {
            return;
        }
        // Each intention carries its own idempotency key: a start after a partial seed completes it, a later one changes nothing.
        foreach (var plan in ApprovalDemoInvestment.Plan())
        {
            var signed = await promotion.SignIntentAsync(
                new NewInvestmentIntent(plan.InvestorName, null, plan.IndustryCode, plan.PlannedInvestment, plan.IntentSignedOn, null),
                ApprovalDemoInvestment.DemoUser, plan.IdempotencyKey, cancellationToken);
            var agreement = Expect(signed).Agreement;
            if (agreement.Status != InvestmentAgreementStatus.Intent)
            {
                continue;
            }
            if (plan.ContractSignedOn is { } contractOn)
            {
                Expect(await promotion.SignContractAsync(agreement.Id, contractOn, plan.ContractInvestment!.Value, ApprovalDemoInvestment.DemoUser, cancellationToken));
            }
            else
            {
                Expect(await promotion.LapseAsync(agreement.Id, plan.LapseReason!, ApprovalDemoInvestment.DemoUser, cancellationToken));
            }
        }
    }

    private static T Expect<T>(Outcome<T> outcome) => outcome.Succeeded
        ? outcome.Value
        : throw new InvalidOperationException($"The demo 招商 data was refused: {outcome.Failure.Title} {outcome.Failure.Message}");
}
