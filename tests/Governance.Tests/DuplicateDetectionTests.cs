using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;

namespace Governance.Tests;

public sealed class DuplicateDetectionTests
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(7);
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8));
    private const string FirmA = "91350500MA31GJ8K73";
    private const string FirmB = "91350503MA33RK6N3U";

    private static DuplicateCandidate New(string module = "SMART-ENV", string? firm = FirmA, string? place = null) =>
        new(Guid.NewGuid(), module, firm, Case.NormalisePlace(place), Now, CaseStatus.Accepted, null);

    private static DuplicateCandidate Earlier(TimeSpan ago, string module = "SMART-ENV", string? firm = FirmA, string? place = null,
        CaseStatus status = CaseStatus.InProgress, Guid? duplicateOf = null) =>
        new(Guid.NewGuid(), module, firm, Case.NormalisePlace(place), Now - ago, status, duplicateOf);

    [Fact]
    public void The_same_firm_and_category_within_the_window_is_linked_to_the_earlier_case()
    {
        var earlier = Earlier(TimeSpan.FromDays(2));

        Assert.Equal(earlier.Id, DuplicateDetector.FindEarlier(New(), [earlier], Window));
    }

    [Fact]
    public void The_same_place_from_different_callers_is_linked_whatever_the_spacing_or_punctuation()
    {
        var earlier = Earlier(TimeSpan.FromHours(3), firm: FirmB, place: "清濛大道 88 号，东门");

        Assert.Equal(earlier.Id, DuplicateDetector.FindEarlier(New(firm: null, place: "清濛大道88号东门"), [earlier], Window));
    }

    [Fact]
    public void Another_category_another_firm_outside_the_window_or_a_closed_case_is_not_a_duplicate()
    {
        var candidates = new[]
        {
            Earlier(TimeSpan.FromDays(1), module: "SAFE-PROD"),
            Earlier(TimeSpan.FromDays(1), firm: FirmB),
            Earlier(TimeSpan.FromDays(8)),
            Earlier(TimeSpan.FromDays(1), status: CaseStatus.Closed),
            Earlier(TimeSpan.FromDays(1), status: CaseStatus.FollowedUp),
        };

        Assert.Null(DuplicateDetector.FindEarlier(New(), candidates, Window));
    }

    [Fact]
    public void A_case_without_firm_or_place_is_never_a_duplicate()
    {
        Assert.Null(DuplicateDetector.FindEarlier(New(firm: null), [Earlier(TimeSpan.FromDays(1), firm: null)], Window));
    }

    [Fact]
    public void A_repeat_of_a_duplicate_links_to_the_first_case_of_the_chain()
    {
        var root = Earlier(TimeSpan.FromDays(3));
        var second = Earlier(TimeSpan.FromDays(1), duplicateOf: root.Id);

        Assert.Equal(root.Id, DuplicateDetector.FindEarlier(New(), [second, root], Window));
        Assert.Equal(root.Id, DuplicateDetector.FindEarlier(New(), [second], Window));
    }
}
