namespace Qingmeng.Governance.Model;

/// <summary>A cadre's visit to an assigned firm (走访): who, when, and what the firm raised.</summary>
public sealed class FirmVisit
{
    private FirmVisit()
    {
    }

    public Guid Id { get; private set; }

    public Guid AssignmentId { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string VisitedBy { get; private set; } = "";

    public string VisitorName { get; private set; } = "";

    public DateTimeOffset VisitedAt { get; private set; }

    /// <summary>What was discussed and raised (走访情况).</summary>
    public string Matters { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static FirmVisit Record(CadreAssignment assignment, string visitedBy, string visitorName, DateTimeOffset visitedAt, string matters, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssignmentId = assignment.Id,
        CreditCode = assignment.CreditCode,
        VisitedBy = visitedBy,
        VisitorName = visitorName,
        VisitedAt = visitedAt,
        Matters = matters,
        RecordedAt = now,
    };

    public string SourceReference(int issue) => $"visit:{Id:N}:{issue}";
}
