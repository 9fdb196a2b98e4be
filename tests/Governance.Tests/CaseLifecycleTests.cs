using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using static Governance.Tests.CaseBuilder;

namespace Governance.Tests;

public sealed class CaseLifecycleTests
{
    public static TheoryData<CaseStatus, CaseAction> IllegalPairs()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in Enum.GetValues<CaseAction>().Where(a => !CaseLifecycle.IsAllowed(status, a)))
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    public static TheoryData<CaseStatus, CaseAction> LegalPairs()
    {
        var data = new TheoryData<CaseStatus, CaseAction>();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            foreach (var action in Enum.GetValues<CaseAction>().Where(a => CaseLifecycle.IsAllowed(status, a)))
            {
                data.Add(status, action);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Every_illegal_transition_is_refused_naming_the_state_and_changes_nothing(CaseStatus status, CaseAction action)
    {
        var c = In(status);
        var notesBefore = c.Notes.Count;

        var refused = Assert.Throws<IllegalCaseTransitionException>(() => Attempt(c, action));

        Assert.Equal(status, refused.Current);
        Assert.Equal(action, refused.Action);
        Assert.Equal(status, c.Status);
        Assert.Equal(notesBefore, c.Notes.Count);
    }

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void Every_legal_transition_passes_the_state_check(CaseStatus status, CaseAction action)
    {
        var c = In(status);
        if (action == CaseAction.DecideExtension && c.Status == CaseStatus.InProgress)
        {
            c.RequestExtension(c.LeadDepartmentCode!, 2, "需第三方检测", "officer", Monday.AddHours(5));
        }

        var failure = Record.Exception(() => Attempt(c, action));

        // A legal transition may still be refused by a business rule (e.g. no pending extension), never by the state machine.
        Assert.IsNotType<IllegalCaseTransitionException>(failure);
    }

    [Fact]
    public void The_state_table_covers_every_state_and_action()
    {
        Assert.Equal(7, Enum.GetValues<CaseStatus>().Length);
        Assert.Equal(10, Enum.GetValues<CaseAction>().Length);
        Assert.Equal(15, LegalPairs().Count);
        Assert.Equal(70 - 15, IllegalPairs().Count);
    }

    [Fact]
    public void Dispatch_starts_the_sign_for_and_completion_clocks_and_raises_CaseDispatched()
    {
        var c = Filed();

        var dispatched = c.Dispatch(Lead, [CoHandler, "HBJ"], SafeProduction, "dispatcher-1", Monday.AddHours(1), Calendar);

        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.Equal(Lead, dispatched.LeadDepartmentCode);
        Assert.Equal([CoHandler, "HBJ"], dispatched.CoHandlerDepartmentCodes);
        // Sign-for: 1 working day → end of Tuesday 17 March; completion: 5 working days → end of Monday 23 March.
        Assert.Equal(new DateTimeOffset(2026, 3, 18, 0, 0, 0, TimeSpan.FromHours(8)), dispatched.SignForDueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 0, 0, 0, TimeSpan.FromHours(8)), c.CompletionDueAt);
        Assert.Single(c.Dispatches);
    }

    [Fact]
    public void The_lead_cannot_also_be_a_co_handler()
    {
        var c = Filed();

        var refused = Assert.Throws<CaseRuleException>(() => c.Dispatch(Lead, [Lead], SafeProduction, "dispatcher-1", Monday, Calendar));

        Assert.Equal("coHandlerDepartmentCodes", refused.Field);
        Assert.Equal(CaseStatus.Accepted, c.Status);
    }

    [Fact]
    public void Only_the_lead_department_signs_for_a_case()
    {
        var c = In(CaseStatus.Dispatched);

        var refused = Assert.Throws<CaseRuleException>(() => c.SignFor(CoHandler, "officer-xfj", Monday.AddHours(2)));

        Assert.Equal(403, refused.StatusCode);
        Assert.Equal(CaseStatus.Dispatched, c.Status);
    }

    [Fact]
    public void A_return_records_its_coded_reason_and_the_centre_can_re_dispatch()
    {
        var c = In(CaseStatus.Returned);

        Assert.Null(c.LeadDepartmentCode);
        Assert.Equal(1, c.ReturnCount);
        Assert.Equal(ReturnReason.NotOurResponsibility, c.Dispatches.Single().ReturnReason);
        Assert.Empty(c.CoHandlers);

        c.Dispatch("CGJ", [], SafeProduction, "dispatcher-1", Monday.AddHours(3), Calendar);

        Assert.Equal(CaseStatus.Dispatched, c.Status);
        Assert.Equal("CGJ", c.LeadDepartmentCode);
        Assert.Equal(2, c.Dispatches.Count);
    }

    [Fact]
    public void A_co_handled_case_waits_for_every_co_handler_after_the_lead_closes()
    {
        var c = In(CaseStatus.InProgress);

        var byLead = c.CloseByLead(Lead, "已责令加固", "officer-ajj", Monday.AddHours(3));

        Assert.Null(byLead);
        Assert.Equal(CaseStatus.AwaitingCoHandlers, c.Status);
        Assert.Equal([CoHandler], c.PendingCoHandlers);
        Assert.Null(c.ClosedAt);

        var closed = c.ReportAsCoHandler(CoHandler, "消防设施完好", "officer-xfj", Monday.AddHours(4));

        Assert.NotNull(closed);
        Assert.Equal(CaseStatus.Closed, c.Status);
        Assert.Equal("已责令加固", closed.Resolution);
        Assert.Equal(Monday.AddHours(4), c.ClosedAt);
    }

    [Fact]
    public void When_every_co_handler_reported_first_the_lead_closes_at_once()
    {
        var c = In(CaseStatus.InProgress);
        Assert.Null(c.ReportAsCoHandler(CoHandler, "协办完成", "officer-xfj", Monday.AddHours(3)));
        Assert.Equal(CaseStatus.InProgress, c.Status);

        var closed = c.CloseByLead(Lead, "已办结", "officer-ajj", Monday.AddHours(4));

        Assert.NotNull(closed);
        Assert.Equal(CaseStatus.Closed, c.Status);
    }

    [Fact]
    public void A_co_handler_reports_once_and_only_co_handlers_report()
    {
        var c = In(CaseStatus.InProgress);
        c.ReportAsCoHandler(CoHandler, "协办完成", "officer-xfj", Monday.AddHours(3));

        Assert.Equal(409, Assert.Throws<CaseRuleException>(() => c.ReportAsCoHandler(CoHandler, "再次反馈", "officer-xfj", Monday.AddHours(4))).StatusCode);
        Assert.Equal(403, Assert.Throws<CaseRuleException>(() => c.ReportAsCoHandler("ZJJ", "非协办", "officer-zjj", Monday.AddHours(4))).StatusCode);
    }

    [Fact]
    public void An_unsatisfied_follow_up_reopens_the_case_with_a_fresh_clock_and_co_handlers_report_again()
    {
        var c = In(CaseStatus.Closed);
        var reopenedAt = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)); // Friday

        c.FollowUp(false, "问题仍未解决", "dispatcher-1", SafeProduction, reopenedAt, Calendar);

        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.False(c.Satisfied);
        Assert.Null(c.ClosedAt);
        Assert.Null(c.Resolution);
        Assert.Equal([CoHandler], c.PendingCoHandlers);
        // Five working days after Friday 20 March: 23–27 March → due at the end of Friday 27 March.
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.FromHours(8)), c.CompletionDueAt);
        Assert.Equal(CaseNoteKind.FollowUpUnsatisfied, c.Notes[^1].Kind);
    }

    [Fact]
    public void A_satisfied_follow_up_completes_the_loop()
    {
        var c = In(CaseStatus.FollowedUp);

        Assert.True(c.Satisfied);
        Assert.Equal(0, c.ReopenCount);
        Assert.False(CaseLifecycle.IsOpen(c.Status));
    }

    [Fact]
    public void An_unsatisfied_follow_up_on_a_centre_closed_case_goes_back_to_the_centre()
    {
        var c = Filed();
        c.CloseByCentre("热线已当场解答", "dispatcher-1", Monday.AddHours(1));

        c.FollowUp(false, "并未解决", "dispatcher-1", SafeProduction, Monday.AddHours(2), Calendar);

        Assert.Equal(CaseStatus.Accepted, c.Status);
        Assert.Equal(1, c.ReopenCount);
    }

    [Fact]
    public void Closing_raises_CaseClosed_with_the_resolution_and_no_contact_details()
    {
        var c = Filed();

        var closed = c.CloseByCentre("热线已当场解答", "dispatcher-1", Monday.AddHours(1));

        Assert.Equal(c.Id, closed.CaseId);
        Assert.Equal("热线已当场解答", closed.Resolution);
        Assert.DoesNotContain("13805951234", closed.ToString(), StringComparison.Ordinal);
    }
}
