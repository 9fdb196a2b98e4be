using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Qingmeng.Talent.Apis;
using Qingmeng.Talent.Operations;
using Qingmeng.Talent.Model;

namespace Talent.Tests;

public sealed class WelfareRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void Every_measure_has_a_positive_annual_cap_and_a_materials_list()
    {
        Assert.Equal(Enum.GetValues<AssistanceType>(), AssistanceRules.All.Select(r => r.Type).ToArray());
        Assert.All(AssistanceRules.All, r => Assert.True(r.AnnualCapPerHousehold > 0 && r.RequiredMaterials.Count > 0, r.Label));
        Assert.Equal(["生活救助", "临时救助", "医疗救助", "教育救助", "就业帮扶"], AssistanceRules.All.Select(r => r.Label).ToArray());
    }

    [Fact]
    public void Missing_materials_are_listed_all_at_once_in_the_rules_order()
    {
        Assert.Equal(["诊断证明", "医保结算单"], AssistanceRules.MissingMaterials(AssistanceType.Medical, ["医疗费用票据", "其他"]));
        Assert.Empty(AssistanceRules.MissingMaterials(AssistanceType.Medical, [" 医保结算单 ", "诊断证明", "医疗费用票据"]));
        Assert.Equal(AssistanceRules.For(AssistanceType.Education).RequiredMaterials, AssistanceRules.MissingMaterials(AssistanceType.Education, []));
    }

    [Fact]
    public void A_review_moves_the_due_date_and_an_exited_household_must_re_enter_before_it_is_reviewed()
    {
        var household = Household();
        Assert.Equal(Today.AddMonths(6), household.NextReviewDue);
        Assert.False(household.IsReviewOverdue(Today.AddMonths(6)));
        Assert.True(household.IsReviewOverdue(Today.AddMonths(6).AddDays(1)));

        Assert.True(household.Review(4, DifficultyType.Illness, 600, "officer-2", Today.AddMonths(7), 6));
        Assert.Equal(Today.AddMonths(13), household.NextReviewDue);
        Assert.Equal("officer-2", household.CaseOfficer);

        Assert.True(household.Exit(ExitReason.OutOfDifficulty, "officer-2", Today.AddMonths(8)));
        Assert.False(household.IsReviewOverdue(Today.AddYears(5)));
        Assert.False(household.Review(4, DifficultyType.Illness, 900, "officer-2", Today.AddMonths(9), 6));
        Assert.False(household.Exit(ExitReason.MovedAway, "officer-2", Today.AddMonths(9)));

        Assert.True(household.ReEnter(4, DifficultyType.Unemployment, 400, "清濛园区", "13905951234", "officer-3", Today.AddYears(1), 6));
        Assert.Equal(2, household.Entries);
        Assert.Null(household.ExitReason);
        Assert.Equal(Today.AddYears(1).AddMonths(6), household.NextReviewDue);
        Assert.False(household.ReEnter(4, DifficultyType.Unemployment, 400, "清濛园区", "13905951234", "officer-3", Today.AddYears(1), 6));
    }

    [Fact]
    public void An_application_is_reviewed_once_and_only_an_approved_one_is_paid()
    {
        var approved = Application();
        Assert.False(approved.MarkPaid());
        Assert.True(approved.Approve(1_000, "officer", null, TestData.Now));
        Assert.False(approved.Reject("officer", "重复申请", TestData.Now));
        Assert.False(approved.Approve(500, "officer", null, TestData.Now));
        Assert.True(approved.MarkPaid());
        Assert.False(approved.MarkPaid());

        var rejected = Application();
        Assert.True(rejected.Reject("officer", "材料不实", TestData.Now));
        Assert.False(rejected.Approve(1_000, "officer", null, TestData.Now));
        Assert.False(rejected.MarkPaid());
        Assert.Equal(AssistanceStatus.Rejected, rejected.Status);
    }

    [Fact]
    public void A_slot_must_lie_in_the_future_and_inside_the_service_hours()
    {
        var evening = HealthService.Create("EH-01", "职工延时门诊", HealthServiceKind.ExtendedHours, "泉州经开区医院", "", new(17, 30), new(21, 30), TestData.Now);
        // TestData.Now is 2026-03-02 10:00 China time.
        var today = new DateOnly(2026, 3, 2);

        Assert.Null(HealthSlotRules.Validate(evening, today, new(18, 0), new(19, 0), TestData.Now));
        Assert.Null(HealthSlotRules.Validate(evening, today.AddDays(1), new(17, 30), new(21, 30), TestData.Now));
        Assert.Equal(["date"], HealthSlotRules.Validate(evening, today.AddDays(-1), new(18, 0), new(19, 0), TestData.Now)!.Keys);
        Assert.Equal(["startsAt"], HealthSlotRules.Validate(evening, today.AddDays(1), new(9, 0), new(18, 0), TestData.Now)!.Keys);
        Assert.Equal(["endsAt"], HealthSlotRules.Validate(evening, today.AddDays(1), new(21, 0), new(22, 0), TestData.Now)!.Keys);
        Assert.Equal(["endsAt"], HealthSlotRules.Validate(evening, today.AddDays(1), new(19, 0), new(18, 0), TestData.Now)!.Keys);

        var morning = HealthService.Create("HV-01", "家庭医生上门随访", HealthServiceKind.HomeVisit, "泉州经开区医院", "", new(8, 30), new(17, 30), TestData.Now);
        Assert.Equal(["startsAt"], HealthSlotRules.Validate(morning, today, new(9, 0), new(10, 0), TestData.Now)!.Keys);
    }

    [Fact]
    public void A_slot_has_started_from_its_start_in_China_time()
    {
        var service = HealthService.Create("HV-01", "家庭医生上门随访", HealthServiceKind.HomeVisit, "泉州经开区医院", "", new(8, 30), new(17, 30), TestData.Now);
        var slot = HealthServiceSlot.Open(service, new DateOnly(2026, 3, 2), new(10, 0), new(11, 0), 5, TestData.Now);

        Assert.True(slot.HasStarted(TestData.Now));
        Assert.False(slot.HasStarted(TestData.Now.AddSeconds(-1)));
    }

    [Fact]
    public void Welfare_metrics_count_applications_amounts_paid_and_bookings()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var measured = new ConcurrentDictionary<string, decimal>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Name.StartsWith("qingmeng.talent.welfare.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.SetMeasurementEventCallback<decimal>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.Start();
        var metrics = new TalentMetrics(factory);

        metrics.AssistanceApplied("Medical");
        metrics.AssistanceApplied("Living");
        metrics.AssistancePaid("Medical", 2_500.50m);
        metrics.HealthBooked("HomeVisit");

        Assert.Equal(2, measured["qingmeng.talent.welfare.assistance_applications"]);
        Assert.Equal(2_500.50m, measured["qingmeng.talent.welfare.assistance_paid"]);
        Assert.Equal(1, measured["qingmeng.talent.welfare.health_bookings"]);
    }

    private static WelfareHousehold Household()
    {
        var id = TestData.ResidentId(501);
        return WelfareHousehold.Register("黄秀英", id, PersonKey.Of(id), PersonKey.Masked(id), "13905951234", 3, DifficultyType.SingleParent,
            null, "清濛园区清濛大道生活区3栋502", 520, "officer-1", Today, 6, TestData.Now);
    }

    private static AssistanceApplication Application() =>
        AssistanceApplication.Submit(Guid.CreateVersion7(), AssistanceType.Temporary, 2026, 1_000, "临时困难", ["临时救助申请书", "困难情况说明"], "officer", TestData.Now);
}
