using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Model;

/// <summary>An issue a firm raised at a meeting or on a visit, and the case that follows it up.</summary>
public sealed class EngagementIssue
{
    private EngagementIssue()
    {
    }

    public Guid Id { get; private set; }

    public Guid? MeetingId { get; private set; }

    public Guid? VisitId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public Guid CaseId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public static EngagementIssue ForCase(Guid? meetingId, Guid? visitId, string creditCode, string title, Case followUp, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MeetingId = meetingId,
        VisitId = visitId,
        CreditCode = creditCode,
        Title = title,
        CaseId = followUp.Id,
        CaseNumber = followUp.Number,
    };
}
