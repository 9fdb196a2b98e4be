using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Model.Claims;

public enum ClaimStatus
{
    /// <summary>免申即享: computed as eligible; waiting for the firm to confirm (or opt out).</summary>
    Offered,
    /// <summary>快申快享: applied; waiting for review within 60 working days.</summary>
    Submitted,
    /// <summary>Paid through the ledger.</summary>
    Paid,
    /// <summary>Rejected by the reviewing officer, with a reason.</summary>
    Rejected,
    /// <summary>The firm declined a 免申即享 benefit.</summary>
    Declined,
}

/// <summary>
/// A firm's claim on a policy for a budget period: a 免申即享 offer it confirms, or a 快申快享 application an
/// officer reviews. Paying it goes through the ledger, which never overspends and never pays twice.
/// </summary>
public sealed class SubsidyClaim
{
    public const int ReviewWorkingDays = 60;

    public Guid Id { get; private set; }

    public Guid PolicyId { get; private set; }

    public Guid PolicyVersionId { get; private set; }

    public string PolicyCode { get; private set; } = "";

    public int PolicyVersion { get; private set; }

    public string PolicyTitle { get; private set; } = "";

    public string BudgetPeriod { get; private set; } = "";

    public PolicyMode Mode { get; private set; }

    public string CreditCode { get; private set; } = "";

    public ClaimStatus Status { get; private set; }

    /// <summary>The amount the policy's rule gives the firm, in yuan, as computed when claimed (re-computed at payment).</summary>
    public decimal Amount { get; private set; }

    public string? Statement { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    /// <summary>快申快享: decide by this time (60 working days after submission, on the China working-day calendar).</summary>
    public DateTimeOffset? ReviewDueAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>When the firm became eligible (from matching): the start of the 秒兑现 clock.</summary>
    public DateTimeOffset? EligibleSince { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public decimal? PaidAmount { get; private set; }

    public string? IdempotencyKey { get; private set; }

    /// <summary>The facts the claim was made on, each with its source (and, once paid, the deciders).</summary>
    public DecisionBasis? Basis { get; private set; }

    /// <summary>Above the second-approval threshold: the first officer who approved, and why; a different officer pays.</summary>
    public string? FirstApprovedBy { get; private set; }

    public string? FirstApprovedByName { get; private set; }

    public DateTimeOffset? FirstApprovedAt { get; private set; }

    public string? FirstApprovalReason { get; private set; }

    public uint RowVersion { get; private set; }

    private SubsidyClaim()
    {
    }

    /// <summary>免申即享 on authoritative facts only: the firm confirms and is paid.</summary>
    public static SubsidyClaim Offer(
        Policy policy, PolicyVersion version, string creditCode, decimal amount, DateTimeOffset? eligibleSince, DecisionBasis basis, DateTimeOffset now)
    {
        var claim = Create(policy, version, creditCode, amount, ClaimStatus.Offered, null, null, DecisionBasis.System, eligibleSince, null, now);
        claim.Basis = basis;
        return claim;
    }

    /// <summary>
    /// A 免申即享 match that rests on the firm's own declarations: it becomes a 快申快享 application an officer
    /// reviews (the firm sees it pending review), never an offer the firm can confirm.
    /// </summary>
    public static SubsidyClaim ForReview(
        Policy policy, PolicyVersion version, string creditCode, decimal amount, DateTimeOffset? eligibleSince, DateTimeOffset reviewDueAt,
        DecisionBasis basis, DateTimeOffset now)
    {
        var declared = string.Join("、", basis.DeclaredFields.Select(f => ProfileFields.Find(f)?.Label ?? f));
        var claim = Create(policy, version, creditCode, amount, ClaimStatus.Submitted,
            $"免申即享条件依赖企业自行申报、尚未核实的数据（{declared}），转为快申快享，由政策专员审核。", null, DecisionBasis.System, eligibleSince, reviewDueAt, now);
        claim.Mode = PolicyMode.QuickApplication;
        claim.Basis = basis;
        return claim;
    }

    public static SubsidyClaim Apply(
        Policy policy, PolicyVersion version, string creditCode, decimal amount, string? statement, string? idempotencyKey,
        string appliedBy, DateTimeOffset? eligibleSince, DateTimeOffset reviewDueAt, DecisionBasis basis, DateTimeOffset now)
    {
        var claim = Create(policy, version, creditCode, amount, ClaimStatus.Submitted, statement, idempotencyKey, appliedBy, eligibleSince, reviewDueAt, now);
        claim.Basis = basis;
        return claim;
    }

    /// <summary>The first of two approvals (above the threshold); false when one was already given.</summary>
    public bool ApproveFirst(string by, string? name, string? reason, DateTimeOffset now)
    {
        if (Status != ClaimStatus.Submitted || FirstApprovedBy is not null)
        {
            return false;
        }
        FirstApprovedBy = by;
        FirstApprovedByName = name;
        FirstApprovedAt = now;
        FirstApprovalReason = reason;
        return true;
    }

    private static SubsidyClaim Create(
        Policy policy, PolicyVersion version, string creditCode, decimal amount, ClaimStatus status, string? statement,
        string? idempotencyKey, string createdBy, DateTimeOffset? eligibleSince, DateTimeOffset? reviewDueAt, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            PolicyId = policy.Id,
            PolicyVersionId = version.Id,
            PolicyCode = policy.Code,
            PolicyVersion = version.Version,
            PolicyTitle = version.Title,
            BudgetPeriod = version.BudgetPeriod,
            Mode = version.Mode,
            CreditCode = creditCode,
            Status = status,
            Amount = amount,
            Statement = statement,
            IdempotencyKey = idempotencyKey,
            CreatedBy = createdBy,
            CreatedAt = now,
            EligibleSince = eligibleSince,
            ReviewDueAt = reviewDueAt,
        };

    /// <summary>Whether the claim can be paid now: a confirmed offer, or an approved application.</summary>
    public bool CanBePaid => Status is ClaimStatus.Offered or ClaimStatus.Submitted;

    public bool Decline(string by, DateTimeOffset now)
    {
        if (Status != ClaimStatus.Offered)
        {
            return false;
        }
        Status = ClaimStatus.Declined;
        DecidedAt = now;
        DecidedBy = by;
        return true;
    }

    public bool Reject(string reason, string by, DateTimeOffset now)
    {
        if (Status != ClaimStatus.Submitted)
        {
            return false;
        }
        Status = ClaimStatus.Rejected;
        Reason = reason;
        DecidedAt = now;
        DecidedBy = by;
        return true;
    }

    internal void MarkPaid(decimal amount, string by, DecisionBasis basis, string? reason, DateTimeOffset now)
    {
        Basis = basis;
        Reason ??= reason;
        Status = ClaimStatus.Paid;
        PaidAmount = amount;
        PaidAt = now;
        DecidedAt ??= now;
        DecidedBy ??= by;
    }
}
