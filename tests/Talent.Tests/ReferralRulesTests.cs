using Qingmeng.Talent.Apis;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class ReferralRulesTests
{
    private static (Hire Hire, Referral Referral) HiredThroughReferral(DateOnly hiredOn)
    {
        var posting = TestData.Posting();
        var ambassador = Ambassador.Register("citizen-1", "王引工", "13905951234", "贵州省毕节市", TestData.Now);
        var id = TestData.ResidentId(11);
        var referral = Referral.Register(ambassador, posting, PersonKey.Of(id), "张小明", PersonKey.Masked(id), TestData.Now);
        var (hire, confirmed) = Hire.Confirm(posting, PersonKey.Of(id), "张小明", PersonKey.Masked(id), hiredOn, null, referral, "firm-a", TestData.Now);
        Assert.Equal(ambassador.Id, confirmed.AmbassadorId);
        Assert.Equal(hire.Id, confirmed.HireId);
        return (hire, referral);
    }

    [Fact]
    public void A_confirmed_hire_marks_the_referral_hired_and_names_the_ambassador_in_the_event()
    {
        var (hire, referral) = HiredThroughReferral(new DateOnly(2026, 3, 2));

        Assert.Equal(ReferralStatus.Hired, referral.Status);
        Assert.Equal(hire.Id, referral.HireId);
        Assert.Equal(referral.AmbassadorId, hire.AmbassadorId);
    }

    [Fact]
    public void Retention_at_three_then_six_months_makes_the_incentive_payable_once()
    {
        var hiredOn = new DateOnly(2026, 3, 2);
        var (hire, referral) = HiredThroughReferral(hiredOn);

        Assert.Null(hire.ConfirmRetention(RetentionMilestone.ThreeMonths, new DateOnly(2026, 6, 2)));
        Assert.Null(referral.RecordRetention(RetentionMilestone.ThreeMonths, new DateOnly(2026, 6, 2), 1_000, TestData.Now));
        Assert.Equal(ReferralStatus.RetainedThreeMonths, referral.Status);
        Assert.Null(referral.IncentiveAmount);

        Assert.Null(hire.ConfirmRetention(RetentionMilestone.SixMonths, new DateOnly(2026, 9, 2)));
        var due = referral.RecordRetention(RetentionMilestone.SixMonths, new DateOnly(2026, 9, 2), 1_000, TestData.Now);
        Assert.Equal(ReferralStatus.IncentivePayable, referral.Status);
        Assert.Equal(1_000m, referral.IncentiveAmount);
        Assert.Equal(new DateOnly(2026, 9, 2), due!.DueOn);
        Assert.Equal(referral.AmbassadorId, due.AmbassadorId);

        var paid = referral.MarkPaid(TestData.Now);
        Assert.Equal(new DateOnly(2026, 9, 2), paid!.DueOn);
        Assert.Equal(1_000m, paid.Amount);
        Assert.Null(referral.MarkPaid(TestData.Now));
    }

    [Fact]
    public void A_milestone_cannot_be_confirmed_before_it_falls_due()
    {
        var (hire, _) = HiredThroughReferral(new DateOnly(2026, 3, 2));

        Assert.NotNull(hire.ConfirmRetention(RetentionMilestone.ThreeMonths, new DateOnly(2026, 6, 1)));
        Assert.Null(hire.RetainedThreeMonthsOn);
    }

    [Fact]
    public void Six_months_needs_three_months_first_and_each_is_confirmed_once()
    {
        var (hire, _) = HiredThroughReferral(new DateOnly(2026, 3, 2));

        Assert.NotNull(hire.ConfirmRetention(RetentionMilestone.SixMonths, new DateOnly(2026, 9, 2)));
        Assert.Null(hire.ConfirmRetention(RetentionMilestone.ThreeMonths, new DateOnly(2026, 6, 2)));
        Assert.NotNull(hire.ConfirmRetention(RetentionMilestone.ThreeMonths, new DateOnly(2026, 6, 3)));
    }

    [Fact]
    public void An_incentive_is_not_payable_before_six_months()
    {
        var (_, referral) = HiredThroughReferral(new DateOnly(2026, 3, 2));
        Assert.Null(referral.RecordRetention(RetentionMilestone.SixMonths, new DateOnly(2026, 9, 2), 1_000, TestData.Now));

        Assert.Equal(ReferralStatus.Hired, referral.Status);
        Assert.Null(referral.MarkPaid(TestData.Now));
    }

    [Fact]
    public void The_same_worker_has_the_same_key_however_the_number_is_typed()
    {
        var id = TestData.ResidentId(12);

        Assert.Equal(PersonKey.Of(id), PersonKey.Of(id));
        Assert.NotEqual(PersonKey.Of(id), PersonKey.Of(TestData.ResidentId(13)));
        Assert.DoesNotContain(id, PersonKey.Of(id), StringComparison.Ordinal);
        Assert.Equal(id[..3] + "***********" + id[^4..], PersonKey.Masked(id));
    }

    [Theory]
    [InlineData("陈", "*")]
    [InlineData("林峰", "林*")]
    [InlineData("欧阳志强", "欧**强")]
    public void Names_are_masked_to_surname_and_last_character(string name, string masked) =>
        Assert.Equal(masked, TalentAccess.MaskName(name));

    [Fact]
    public void A_posting_stops_accepting_at_valid_through_or_when_closed()
    {
        var posting = TestData.Posting(TestData.Now.AddDays(1));

        Assert.True(posting.IsAcceptingAt(TestData.Now));
        Assert.False(posting.IsAcceptingAt(TestData.Now.AddDays(1)));
        Assert.True(posting.Close());
        Assert.False(posting.IsAcceptingAt(TestData.Now));
        Assert.False(posting.Close());
    }

    [Fact]
    public void A_landed_competition_project_needs_its_firm_and_cannot_go_back()
    {
        var entry = CompetitionEntry.Enter(2024, "高导热氮化铝陶瓷基板产业化", "陈博远", "新材料", "一等奖", 5, TestData.Now);

        Assert.NotNull(entry.UpdateLanding(LandingStatus.Landed, null, new DateOnly(2025, 1, 1), null));
        Assert.Null(entry.UpdateLanding(LandingStatus.Landed, TestData.FirmCode, new DateOnly(2025, 1, 1), 6));
        Assert.Equal(6, entry.TalentsIntroduced);
        Assert.NotNull(entry.UpdateLanding(LandingStatus.Negotiating, null, null, null));
        Assert.Equal(LandingStatus.Landed, entry.LandingStatus);
    }

    [Fact]
    public void A_due_incentive_is_overdue_once_the_payment_working_days_have_passed_and_is_warned_once()
    {
        var (_, referral) = HiredThroughReferral(new DateOnly(2026, 3, 2));
        referral.RecordRetention(RetentionMilestone.ThreeMonths, new DateOnly(2026, 6, 2), 1_000, TestData.Now);
        // Due on Monday 2026-09-07: the five working days after it run to Monday the 14th, so it is overdue from Tuesday the 15th.
        referral.RecordRetention(RetentionMilestone.SixMonths, new DateOnly(2026, 9, 7), 1_000, TestData.Now);
        var calendar = Qingmeng.ServiceDefaults.Calendar.WorkingDayCalendar.ChinaMainland;
        var lastDay = new DateTimeOffset(2026, 9, 14, 23, 0, 0, TimeSpan.FromHours(8));

        Assert.False(referral.IsIncentiveOverdue(calendar, 5, lastDay));
        Assert.True(referral.IsIncentiveOverdue(calendar, 5, lastDay.AddHours(1)));
        Assert.True(referral.MarkOverdueWarned(lastDay.AddHours(1)));
        Assert.False(referral.MarkOverdueWarned(lastDay.AddHours(2)));
        referral.MarkPaid(lastDay.AddHours(3));
        Assert.False(referral.IsIncentiveOverdue(calendar, 5, lastDay.AddHours(3)));
    }
}
