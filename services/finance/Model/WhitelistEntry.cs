using Qingmeng.Contracts;

namespace Qingmeng.Finance.Model;

public enum WhitelistStatus
{
    /// <summary>Scored, awaiting an officer's review.</summary>
    Proposed,

    /// <summary>On the list; partner banks see it.</summary>
    Listed,

    /// <summary>The officer did not list it.</summary>
    Rejected,

    /// <summary>Taken off the list (annual re-evaluation below the threshold, or an officer's decision).</summary>
    Removed,
}

/// <summary>A firm's standing on the IP-pledge financing white list, with the indicator scores it was judged on.</summary>
public sealed class WhitelistEntry
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string FirmName { get; private set; } = "";

    public decimal Score { get; private set; }

    public bool Vetoed { get; private set; }

    public List<IndicatorScore> Indicators { get; private set; } = [];

    public WhitelistStatus Status { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public string EvaluatedBy { get; private set; } = "";

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? ReviewNote { get; private set; }

    public DateTimeOffset? ListedAt { get; private set; }

    /// <summary>When the annual re-evaluation is due (China date).</summary>
    public DateOnly? NextReviewOn { get; private set; }

    public int Reevaluations { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovalReason { get; private set; }

    public uint Version { get; private set; }

    private WhitelistEntry()
    {
    }

    /// <summary>Proposes the firm of <paramref name="profile"/>, named <paramref name="registeredName"/> as the firm register names it.</summary>
    public static WhitelistEntry Propose(FirmProfile profile, string registeredName, WhitelistScore score, string evaluatedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreditCode = profile.CreditCode,
        FirmName = registeredName,
        Score = score.Total,
        Vetoed = score.Vetoed,
        Indicators = [.. score.Indicators],
        Status = WhitelistStatus.Proposed,
        EvaluatedAt = now,
        EvaluatedBy = evaluatedBy,
    };

    /// <summary>The officer lists the firm (a qualifying score is required) or rejects it.</summary>
    public WhitelistChanged? Review(bool list, string note, decimal threshold, string reviewer, DateOnly today, DateTimeOffset now)
    {
        ReviewedAt = now;
        ReviewedBy = reviewer;
        ReviewNote = note;
        if (!list)
        {
            Status = WhitelistStatus.Rejected;
            return null;
        }
        Status = WhitelistStatus.Listed;
        ListedAt = now;
        NextReviewOn = today.AddYears(1);
        return new WhitelistChanged(CreditCode, true, Score, $"白名单审核通过：{note}") { OccurredAt = now };
    }

    public bool CanBeListed(decimal threshold) => !Vetoed && Score >= threshold;

    /// <summary>
    /// 年度复评: rescores a listed firm; it stays (next review in a year) or leaves the list.
    /// Returns the event when its standing changed, null when it stays.
    /// </summary>
    public WhitelistChanged? Reevaluate(WhitelistScore score, decimal threshold, DateOnly today, DateTimeOffset now)
    {
        Score = score.Total;
        Vetoed = score.Vetoed;
        Indicators = [.. score.Indicators];
        EvaluatedAt = now;
        EvaluatedBy = "annual-reevaluation";
        Reevaluations++;
        if (score.Qualifies(threshold))
        {
            NextReviewOn = today.AddYears(1);
            return null;
        }
        var reason = score.Vetoed ? "年度复评：存在逾期贷款" : $"年度复评：得分 {score.Total:0.#} 低于 {threshold:0.#}";
        Remove(reason, now);
        return new WhitelistChanged(CreditCode, false, Score, reason) { OccurredAt = now };
    }

    public WhitelistChanged? RemoveByOfficer(string reason, DateTimeOffset now)
    {
        if (Status != WhitelistStatus.Listed)
        {
            return null;
        }
        Remove(reason, now);
        return new WhitelistChanged(CreditCode, false, Score, reason) { OccurredAt = now };
    }

    private void Remove(string reason, DateTimeOffset now)
    {
        Status = WhitelistStatus.Removed;
        RemovedAt = now;
        RemovalReason = reason;
        NextReviewOn = null;
    }
}
