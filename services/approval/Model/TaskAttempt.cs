namespace Qingmeng.Approval.Model;

/// <summary>
/// An earlier application for the same sub-item that ended in 不予许可. A rejection ends that application; the applicant
/// may apply again (a new application, 行政许可法 §29/§32), which starts a new attempt with its own clock.
/// </summary>
public sealed class TaskAttempt
{
    public int Number { get; set; }

    public List<string> SubmittedMaterials { get; set; } = [];

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset? CorrectionRequestedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public bool DeemedAccepted { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public int ExtensionDays { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    public int? WorkingDaysUsed { get; set; }

    public DateTimeOffset? OverdueNotifiedAt { get; set; }
}
