using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Finance.Tests;

public sealed class ReferralLifecycleTests
{
    private static readonly WorkingDayCalendar Calendar = TestData.Calendar;
    private static readonly DateTimeOffset Now = TestData.BeforeNationalDay;
    private static readonly LoanProduct Product = TestData.Product("QZBANK-KCD");

    private static Referral InState(ReferralStatus status)
    {
        var r = TestData.Applied(Product);
        if (status == ReferralStatus.Applied)
        {
            return r;
        }
        if (status == ReferralStatus.Withdrawn)
        {
            r.Withdraw("资金需求已解决", Now);
            return r;
        }
        r.Consent(Now, 3, Calendar);
        switch (status)
        {
            case ReferralStatus.Referred:
                return r;
            case ReferralStatus.Accepted:
                r.Accept(Now.AddDays(1), Calendar);
                return r;
            case ReferralStatus.MoreInfoRequested:
                r.RequestInformation("请补充近三年审计报告", Now.AddDays(1), Calendar);
                return r;
            case ReferralStatus.Declined:
                r.Decline("经营现金流不足", Now.AddDays(1), Calendar);
                return r;
        }
        r.Approve(1_800_000m, 3.1m, 24, Now.AddDays(1), Calendar);
        if (status == ReferralStatus.Approved)
        {
            return r;
        }
        r.Disburse(1_800_000m, new DateOnly(2026, 10, 12), Product, Now.AddDays(12));
        if (status == ReferralStatus.Disbursed)
        {
            return r;
        }
        if (status == ReferralStatus.Repaid)
        {
            r.Repay(new DateOnly(2028, 10, 12));
            return r;
        }
        r.Renew("RZ20281012000001", TestData.Product("QZBANK-XD"), 1_800_000m, 3.3m, 12, new DateOnly(2028, 10, 12), "bank-officer-1", Now.AddYears(2));
        return r;
    }

    public static TheoryData<ReferralStatus> AllStates => new(Enum.GetValues<ReferralStatus>());

    /// <summary>Which states each transition may start from; every other state must refuse it and stay put.</summary>
    private static readonly Dictionary<string, (ReferralStatus[] From, Func<Referral, bool> Apply, ReferralStatus To)> Transitions = new()
    {
        ["consent"] = ([ReferralStatus.Applied], r => r.Consent(Now, 3, Calendar), ReferralStatus.Referred),
        ["withdraw"] = ([ReferralStatus.Applied, ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.MoreInfoRequested],
            r => r.Withdraw("不再需要", Now), ReferralStatus.Withdrawn),
        ["accept"] = ([ReferralStatus.Referred], r => r.Accept(Now, Calendar), ReferralStatus.Accepted),
        ["request-information"] = ([ReferralStatus.Referred, ReferralStatus.Accepted],
            r => r.RequestInformation("补充材料", Now, Calendar), ReferralStatus.MoreInfoRequested),
        ["supply-information"] = ([ReferralStatus.MoreInfoRequested], r => r.SupplyInformation("已上传审计报告"), ReferralStatus.Accepted),
        ["approve"] = ([ReferralStatus.Referred, ReferralStatus.Accepted], r => r.Approve(1_000_000m, 3.2m, 12, Now, Calendar), ReferralStatus.Approved),
        ["decline"] = ([ReferralStatus.Referred, ReferralStatus.Accepted, ReferralStatus.MoreInfoRequested],
            r => r.Decline("不符合授信政策", Now, Calendar), ReferralStatus.Declined),
        ["disburse"] = ([ReferralStatus.Approved], r => r.Disburse(1_000_000m, new DateOnly(2026, 10, 12), Product, Now) is not null, ReferralStatus.Disbursed),
        ["repay"] = ([ReferralStatus.Disbursed], r => r.Repay(new DateOnly(2027, 10, 12)), ReferralStatus.Repaid),
        ["renew"] = ([ReferralStatus.Disbursed],
            r => r.Renew("RZ1", TestData.Product("QZBANK-XD"), 1_000_000m, 3.3m, 12, new DateOnly(2027, 10, 12), "bank", Now) is not null, ReferralStatus.Renewed),
    };

    [Theory]
    [MemberData(nameof(AllStates))]
    public void Every_transition_is_allowed_exactly_from_its_source_states(ReferralStatus state)
    {
        foreach (var (name, (from, apply, to)) in Transitions)
        {
            var referral = InState(state);
            Assert.Equal(state, referral.Status);
            var allowed = from.Contains(state);

            Assert.True(apply(referral) == allowed, $"{name} from {state}: expected {(allowed ? "allowed" : "refused")}");
            Assert.Equal(allowed ? to : state, referral.Status);
        }
    }

    [Fact]
    public void Consent_sets_the_bank_response_deadline_on_the_working_day_clock_across_national_day()
    {
        // Consent on Wed 30 Sep 2026: 1–7 Oct are days off; Thu 8, Fri 9 and the make-up Saturday 10 Oct are the three working days.
        var referral = TestData.Applied();

        Assert.True(referral.Consent(TestData.BeforeNationalDay, 3, Calendar));

        Assert.Equal(new DateTimeOffset(2026, 10, 11, 0, 0, 0, TimeSpan.FromHours(8)), referral.ResponseDueAt);
        Assert.Equal(TestData.BeforeNationalDay, referral.ConsentedAt);
    }

    [Fact]
    public void An_unanswered_referral_escalates_once_and_only_after_its_deadline()
    {
        var referral = TestData.Applied();
        referral.Consent(TestData.BeforeNationalDay, 3, Calendar);
        var due = referral.ResponseDueAt!.Value;

        Assert.False(referral.Escalate(due.AddTicks(-1)));
        Assert.False(referral.IsOverdue(due.AddTicks(-1)));
        Assert.True(referral.Escalate(due));
        Assert.Equal(due, referral.EscalatedAt);
        Assert.False(referral.Escalate(due.AddDays(3)));
        Assert.Equal(due, referral.EscalatedAt);
    }

    [Fact]
    public void A_bank_that_responded_is_never_escalated()
    {
        var referral = TestData.Applied();
        referral.Consent(TestData.BeforeNationalDay, 3, Calendar);
        referral.Accept(TestData.BeforeNationalDay.AddDays(8), Calendar);

        Assert.False(referral.Escalate(referral.ResponseDueAt!.Value.AddDays(10)));
    }

    [Fact]
    public void The_first_response_counts_working_days_and_later_responses_do_not_change_it()
    {
        var referral = TestData.Applied();
        referral.Consent(TestData.BeforeNationalDay, 3, Calendar);

        // Fri 9 Oct 15:00: only Thu 8 Oct has fully elapsed as a working day.
        referral.RequestInformation("请补充纳税证明", new DateTimeOffset(2026, 10, 9, 15, 0, 0, TimeSpan.FromHours(8)), Calendar);
        referral.SupplyInformation("已补充");
        referral.Approve(2_000_000m, 3.1m, 24, new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.FromHours(8)), Calendar);

        Assert.Equal(1, referral.ResponseWorkingDays);
        Assert.Equal(new DateTimeOffset(2026, 10, 9, 15, 0, 0, TimeSpan.FromHours(8)), referral.FirstRespondedAt);
    }

    [Fact]
    public void Disbursement_raises_LoanDisbursed_with_the_loan_terms_and_snapshots_risk_shares()
    {
        var referral = InState(ReferralStatus.Approved);

        var disbursed = referral.Disburse(1_500_000m, new DateOnly(2026, 10, 12), Product, Now);

        Assert.NotNull(disbursed);
        Assert.Equal(referral.Id, disbursed.LoanId);
        Assert.Equal("91350500MA31GJ8K73", disbursed.CreditCode);
        Assert.Equal("QZBANK", disbursed.BankCode);
        Assert.Equal("QZBANK-KCD", disbursed.ProductCode);
        Assert.Equal(1_500_000m, disbursed.Amount);
        Assert.Equal(24, disbursed.TermMonths);
        Assert.Equal(new DateOnly(2028, 10, 12), referral.MaturesOn);
        Assert.Equal(100m, referral.GovernmentRiskSharePercent + referral.BankRiskSharePercent + referral.GuarantorRiskSharePercent);
        Assert.Null(referral.Disburse(1_500_000m, new DateOnly(2026, 10, 12), Product, Now));
    }

    [Fact]
    public void Renewal_closes_the_old_loan_and_starts_a_linked_one_with_its_own_disbursement_event()
    {
        var loan = InState(ReferralStatus.Disbursed);

        var (renewal, disbursed) = loan.Renew("RZ20281012000001", TestData.Product("QZBANK-XD"), 1_800_000m, 3.3m, 12,
            new DateOnly(2028, 10, 12), "bank-officer-1", Now.AddYears(2))!.Value;

        Assert.Equal(ReferralStatus.Renewed, loan.Status);
        Assert.Equal(renewal.Id, loan.RenewedById);
        Assert.Equal(loan.Id, renewal.RenewalOfId);
        Assert.Equal(ReferralStatus.Disbursed, renewal.Status);
        Assert.Equal(ProductKind.Renewal, renewal.ProductKind);
        Assert.Equal(new DateOnly(2029, 10, 12), renewal.MaturesOn);
        Assert.Equal(renewal.Id, disbursed.LoanId);
        Assert.Equal("QZBANK-XD", disbursed.ProductCode);
    }
}
