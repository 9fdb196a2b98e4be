using Qingmeng.Approval.Application;
using Qingmeng.Approval.Infrastructure.DemoData;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Tests;

public sealed class InvestmentAgreementTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static InvestmentAgreement Intent(DateOnly? signedOn = null) => InvestmentAgreement.SignIntent(
        "ZS-2027-001", "厦门华创新能源科技有限公司", null, "C38", 300_000_000m, signedOn ?? new DateOnly(2027, 1, 10), null, Today, "officer-fgj", null, Now).Value!;

    [Fact]
    public void An_intention_needs_a_positive_planned_investment_and_a_signing_date_not_in_the_future()
    {
        var zero = InvestmentAgreement.SignIntent("ZS-2027-001", "投资方", null, "C38", 0m, Today, null, Today, "officer-fgj", null, Now);
        var tomorrow = InvestmentAgreement.SignIntent("ZS-2027-001", "投资方", null, "C38", 1m, Today.AddDays(1), null, Today, "officer-fgj", null, Now);

        Assert.Equal((FailureKind.Unprocessable, "plannedInvestment"), (zero.Failure!.Kind, zero.Failure.Field));
        Assert.Equal((FailureKind.Unprocessable, "signedOn"), (tomorrow.Failure!.Kind, tomorrow.Failure.Field));
        Assert.Equal(InvestmentAgreementStatus.Intent, Intent(Today).Status);
    }

    [Fact]
    public void A_contract_is_signed_once_on_a_date_from_the_intention_to_today_for_a_positive_amount()
    {
        var agreement = Intent();

        Assert.Equal("signedOn", agreement.SignContract(new DateOnly(2027, 1, 9), 1m, Today, Now)!.Field);
        Assert.Equal("signedOn", agreement.SignContract(Today.AddDays(1), 1m, Today, Now)!.Field);
        Assert.Equal("investment", agreement.SignContract(Today, 0m, Today, Now)!.Field);
        Assert.Equal(InvestmentAgreementStatus.Intent, agreement.Status);

        Assert.Null(agreement.SignContract(new DateOnly(2027, 2, 19), 280_000_000m, Today, Now));
        Assert.Equal(InvestmentAgreementStatus.Contracted, agreement.Status);
        Assert.Equal(40, agreement.DaysToContract);

        var again = agreement.SignContract(Today, 1m, Today, Now)!;
        Assert.Equal(FailureKind.Conflict, again.Kind);
        Assert.Equal("Contracted", again.Extensions["currentState"]);
        Assert.Equal(FailureKind.Conflict, agreement.Lapse("投资方放弃", Today, Now)!.Kind);
    }

    [Fact]
    public void An_open_intention_lapses_with_its_reason_and_then_takes_no_contract()
    {
        var agreement = Intent();

        Assert.Equal("reason", agreement.Lapse(" ", Today, Now)!.Field);
        Assert.Null(agreement.Lapse("投资方调整战略布局", Today, Now));

        Assert.Equal(InvestmentAgreementStatus.Lapsed, agreement.Status);
        Assert.Equal("Lapsed", agreement.SignContract(Today, 1m, Today, Now)!.Extensions["currentState"]);
    }

    [Fact]
    public void The_conversion_rate_counts_a_periods_intentions_that_became_contracts_with_the_median_days()
    {
        var contracted = Intent(new DateOnly(2027, 1, 1));
        contracted.SignContract(new DateOnly(2027, 1, 11), 100m, Today, Now);
        var slower = Intent(new DateOnly(2027, 1, 1));
        slower.SignContract(new DateOnly(2027, 1, 31), 50m, Today, Now);
        var lapsed = Intent();
        lapsed.Lapse("投资方放弃", Today, Now);
        var open = Intent();

        var conversion = ContractConversion.Of(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), [contracted, slower, lapsed, open]);

        Assert.Equal((4, 2, 1, 1), (conversion.Intents, conversion.Contracted, conversion.Lapsed, conversion.Open));
        Assert.Equal(50.00m, conversion.ConversionRatePercent);
        Assert.Equal(20m, conversion.MedianDaysToContract);
        Assert.Equal(150m, conversion.ContractedInvestment);
        Assert.Null(ContractConversion.Of(Today, Today, []).ConversionRatePercent);
    }

    [Fact]
    public void The_demo_year_plans_48_intentions_in_2024_of_which_45_become_contracts_93_75_percent()
    {
        var plan = ApprovalDemoInvestment.Plan().ToList();

        Assert.Equal(ApprovalDemoInvestment.Intents, plan.Count);
        Assert.All(plan, p => Assert.Equal(2024, p.IntentSignedOn.Year));
        Assert.Equal(48, plan.Select(p => p.InvestorName).Distinct().Count());
        Assert.Equal(45, plan.Count(p => p.ContractSignedOn is not null));
        Assert.All(plan.Where(p => p.ContractSignedOn is not null), p => Assert.True(p.ContractSignedOn > p.IntentSignedOn));
        Assert.Equal(3, plan.Count(p => p.LapseReason is not null));
        Assert.Equal(ApprovalDemoInvestment.ConversionRatePercent, Math.Round(100m * 45 / 48, 2));
    }
}
