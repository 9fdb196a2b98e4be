namespace Qingmeng.Approval.Model;

/// <summary>Why the clock stopped: waiting on the applicant, or a §45 procedure that does not count.</summary>
public enum PauseKind
{
    /// <summary>补充材料 (waiting on the applicant)</summary>
    ApplicantSupplement,

    /// <summary>专家评审</summary>
    ExpertReview,

    /// <summary>听证</summary>
    Hearing,

    /// <summary>检验、检测、检疫</summary>
    Testing,
}

public sealed class TaskPause
{
    public PauseKind Kind { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset? End { get; set; }
}
