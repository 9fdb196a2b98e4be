using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class WaitlistTests
{
    [Fact]
    public void Higher_tiers_come_first_then_earlier_applications()
    {
        var lateA = TestData.Waiting(TalentTier.A, 1, TestData.Now.AddDays(10));
        var earlyC = TestData.Waiting(TalentTier.C, 2, TestData.Now);
        var earlyA = TestData.Waiting(TalentTier.A, 3, TestData.Now.AddDays(1));
        var lateC = TestData.Waiting(TalentTier.C, 4, TestData.Now.AddDays(2));

        var order = Waitlist.Order([lateA, earlyC, earlyA, lateC]).ToList();

        Assert.Equal([earlyA.Id, lateA.Id, earlyC.Id, lateC.Id], order.Select(a => a.Id).ToArray());
    }

    [Fact]
    public void Allocated_and_withdrawn_applications_leave_the_waitlist()
    {
        var allocated = TestData.Waiting(TalentTier.A, 1, TestData.Now);
        allocated.Allocate(Guid.NewGuid());
        var withdrawn = TestData.Waiting(TalentTier.A, 2, TestData.Now);
        Assert.True(withdrawn.Withdraw());
        var waiting = TestData.Waiting(TalentTier.D, 3, TestData.Now);

        Assert.Equal([waiting.Id], Waitlist.Order([allocated, withdrawn, waiting]).Select(a => a.Id).ToArray());
    }

    [Fact]
    public void A_unit_goes_to_the_first_waiting_applicant_whose_tier_it_accepts()
    {
        var unit = ApartmentUnit.Create("浔美人才公寓1号楼", "201", 3, 110, 1_200, TalentTier.B, TestData.Now);
        var earlyD = TestData.Waiting(TalentTier.D, 1, TestData.Now);
        var laterB = TestData.Waiting(TalentTier.B, 2, TestData.Now.AddDays(5));
        var latestA = TestData.Waiting(TalentTier.A, 3, TestData.Now.AddDays(9));

        Assert.Same(latestA, Waitlist.NextFor(unit, [earlyD, laterB, latestA]));
        Assert.Same(laterB, Waitlist.NextFor(unit, [earlyD, laterB]));
        Assert.Null(Waitlist.NextFor(unit, [earlyD]));
    }

    [Fact]
    public void A_unit_can_be_occupied_once()
    {
        var unit = ApartmentUnit.Create("浔美人才公寓1号楼", "301", 1, 55, 500, TalentTier.D, TestData.Now);

        Assert.True(unit.Occupy());
        Assert.False(unit.Occupy());
    }

    [Fact]
    public void A_lease_reminder_falls_due_the_stated_days_before_the_end_and_only_once()
    {
        var unit = ApartmentUnit.Create("浔美人才公寓1号楼", "302", 1, 55, 500, TalentTier.D, TestData.Now);
        var lease = Lease.Start(unit, TestData.Waiting(TalentTier.D, 1, TestData.Now), new DateOnly(2026, 3, 1), 3, "officer", TestData.Now);

        Assert.Equal(new DateOnly(2029, 2, 28), lease.EndsOn);
        Assert.False(lease.ReminderDue(new DateOnly(2028, 12, 29), 60));
        Assert.True(lease.ReminderDue(new DateOnly(2028, 12, 30), 60));
        lease.MarkReminderSent(TestData.Now);
        Assert.False(lease.ReminderDue(new DateOnly(2029, 1, 15), 60));
    }
}
