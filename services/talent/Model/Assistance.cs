namespace Qingmeng.Talent.Model;

/// <summary>The five measures of the zone's 困难群体关爱帮扶 scheme.</summary>
public enum AssistanceType
{
    /// <summary>生活救助.</summary>
    Living,
    /// <summary>临时救助.</summary>
    Temporary,
    /// <summary>医疗救助.</summary>
    Medical,
    /// <summary>教育救助.</summary>
    Education,
    /// <summary>就业帮扶.</summary>
    Employment,
}

/// <summary>What each measure allows a household in a calendar year and which materials an application must carry.</summary>
public sealed record AssistanceRule(AssistanceType Type, string Label, decimal AnnualCapPerHousehold, IReadOnlyList<string> RequiredMaterials);

public static class AssistanceRules
{
    public static readonly IReadOnlyList<AssistanceRule> All =
    [
        new(AssistanceType.Living, "生活救助", 12_000m, ["户口簿", "家庭收入及财产状况申报表"]),
        new(AssistanceType.Temporary, "临时救助", 6_000m, ["临时救助申请书", "困难情况说明"]),
        new(AssistanceType.Medical, "医疗救助", 50_000m, ["医疗费用票据", "诊断证明", "医保结算单"]),
        new(AssistanceType.Education, "教育救助", 8_000m, ["学籍证明", "学费票据"]),
        new(AssistanceType.Employment, "就业帮扶", 3_000m, ["失业登记证明", "求职或培训计划"]),
    ];

    public static AssistanceRule For(AssistanceType type) => All.First(r => r.Type == type);

    /// <summary>The required materials an application lacks, in the rule's order (一次性告知: all of them at once).</summary>
    public static IReadOnlyList<string> MissingMaterials(AssistanceType type, IEnumerable<string> provided)
    {
        var given = provided.Select(m => m.Trim()).ToHashSet(StringComparer.Ordinal);
        return For(type).RequiredMaterials.Where(m => !given.Contains(m)).ToList();
    }
}

public enum AssistanceStatus
{
    Submitted,
    Approved,
    Rejected,
    Paid,
}

/// <summary>
/// An application for one measure for a registered household: 受理 (submitted) → 批准 with an amount / 不予批准 with a
/// reason → 发放 (paid once). The year is the calendar year (China time) it was submitted in; the annual cap counts
/// approved amounts of that year.
/// </summary>
public sealed class AssistanceApplication
{
    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public AssistanceType Type { get; private set; }

    public int Year { get; private set; }

    public decimal RequestedAmount { get; private set; }

    public string Reason { get; private set; } = "";

    public List<string> Materials { get; private set; } = [];

    public AssistanceStatus Status { get; private set; }

    public string SubmittedBy { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The submitter's <c>Idempotency-Key</c>, when they sent one: the same key again returns this application.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public string? ReviewNote { get; private set; }

    public uint Version { get; private set; }

    private AssistanceApplication()
    {
    }

    public static AssistanceApplication Submit(
        Guid householdId, AssistanceType type, int year, decimal requested, string reason, IEnumerable<string> materials, string by, DateTimeOffset now,
        string? idempotencyKey = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            HouseholdId = householdId,
            Type = type,
            Year = year,
            RequestedAmount = requested,
            Reason = reason,
            Materials = materials.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Status = AssistanceStatus.Submitted,
            SubmittedBy = by,
            SubmittedAt = now,
            IdempotencyKey = idempotencyKey,
        };

    public bool Approve(decimal amount, string by, string? note, DateTimeOffset now)
    {
        if (Status != AssistanceStatus.Submitted)
        {
            return false;
        }
        Status = AssistanceStatus.Approved;
        ApprovedAmount = amount;
        ReviewedBy = by;
        ReviewNote = note;
        ReviewedAt = now;
        return true;
    }

    public bool Reject(string by, string reason, DateTimeOffset now)
    {
        if (Status != AssistanceStatus.Submitted)
        {
            return false;
        }
        Status = AssistanceStatus.Rejected;
        ReviewedBy = by;
        ReviewNote = reason;
        ReviewedAt = now;
        return true;
    }

    public bool MarkPaid()
    {
        if (Status != AssistanceStatus.Approved)
        {
            return false;
        }
        Status = AssistanceStatus.Paid;
        return true;
    }
}

/// <summary>
/// What a household has been granted under one measure in one year. Approvals reserve their amount here with a
/// conditional UPDATE (committed + amount ≤ cap) in the approval's transaction, and a check constraint backs it, so
/// concurrent approvals on any replica never take a household past the cap.
/// </summary>
public sealed class AssistanceLedger
{
    public Guid HouseholdId { get; private set; }

    public AssistanceType Type { get; private set; }

    public int Year { get; private set; }

    public decimal Cap { get; private set; }

    public decimal Committed { get; private set; }

    public int Approvals { get; private set; }

    private AssistanceLedger()
    {
    }
}

/// <summary>The payment (发放) of an approved application: one per application, never above the approved amount, its bank reference unique.</summary>
public sealed class AssistancePayment
{
    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public decimal Amount { get; private set; }

    public string Reference { get; private set; } = "";

    public string PaidBy { get; private set; } = "";

    public DateTimeOffset PaidAt { get; private set; }

    private AssistancePayment()
    {
    }

    public static AssistancePayment Record(AssistanceApplication application, decimal amount, string reference, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ApplicationId = application.Id,
        Amount = amount,
        Reference = reference,
        PaidBy = by,
        PaidAt = now,
    };
}
