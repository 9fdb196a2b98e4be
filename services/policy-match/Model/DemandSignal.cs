using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Model;

/// <summary>
/// Something firms needed, learnt from another service (a closed case today; consultant questions later):
/// officers read these to see where policies are missing.
/// </summary>
public sealed class DemandSignal
{
    public Guid Id { get; private set; }

    /// <summary>The integration event this signal came from.</summary>
    public Guid SourceEventId { get; private set; }

    public DemandSignalSource Source { get; private set; }

    public string Reference { get; private set; } = "";

    public string Topic { get; private set; } = "";

    /// <summary>The policy category the need belongs to, shared by cases and questions (<see cref="DemandThemes"/>); null when none.</summary>
    public PolicyCategory? Theme { get; private set; }

    public string Title { get; private set; } = "";

    public string? Detail { get; private set; }

    public string? CreditCode { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>For a consultant question: the policies closest to it, best first (empty when none came close).</summary>
    public List<DemandSignalMatch> Matches { get; private set; } = [];

    private DemandSignal()
    {
    }

    public static DemandSignal FromClosedCase(
        Guid eventId, string caseNumber, string moduleCode, string title, string resolution, string? creditCode,
        DateTimeOffset occurredAt, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            SourceEventId = eventId,
            Source = DemandSignalSource.ClosedCase,
            Reference = caseNumber,
            Topic = moduleCode,
            Theme = DemandThemes.ForModule(moduleCode),
            Title = title,
            Detail = resolution,
            CreditCode = creditCode,
            OccurredAt = occurredAt,
            RecordedAt = now,
        };

    /// <summary>
    /// A question put to the consultant, already masked. The topic is the policy the answer relied on most,
    /// or <see cref="Unanswered"/> when no policy in force answered it (where a policy may be missing); the theme is
    /// the answering policy's category.
    /// </summary>
    public static DemandSignal FromQuestion(
        Guid questionId, string maskedQuestion, string? answeredBy, IEnumerable<DemandSignalMatch> matches, string? creditCode,
        PolicyCategory? theme, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            SourceEventId = questionId,
            Source = DemandSignalSource.ConsultantQuestion,
            Reference = questionId.ToString("N"),
            Topic = answeredBy ?? Unanswered,
            Theme = answeredBy is null ? null : theme,
            Title = maskedQuestion.Length <= 200 ? maskedQuestion : maskedQuestion[..199] + "…",
            Detail = maskedQuestion.Length <= 4000 ? maskedQuestion : maskedQuestion[..3999] + "…",
            CreditCode = creditCode,
            OccurredAt = now,
            RecordedAt = now,
            Matches = [.. matches],
        };

    /// <summary>Topic of a consultant question no policy in force answered.</summary>
    public const string Unanswered = "unanswered";
}

/// <summary>A policy found close to a consultant question, with the retrieval score and the share of the question it covers.</summary>
public sealed record DemandSignalMatch(string PolicyCode, int Version, double Score, double Coverage);

public enum DemandSignalSource
{
    /// <summary>A governance case (工单) was closed.</summary>
    ClosedCase,

    /// <summary>A question put to the policy consultant (小濛智能咨询).</summary>
    ConsultantQuestion,
}
