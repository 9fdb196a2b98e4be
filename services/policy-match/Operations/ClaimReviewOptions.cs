namespace Qingmeng.PolicyMatch.Operations;

/// <summary>
/// How 快申快享 applications (and 免申即享 matches that rest on declared facts) are reviewed. Above
/// <see cref="SecondApprovalAboveYuan"/> yuan a second, different officer must approve before anything is paid.
/// </summary>
public sealed class ClaimReviewOptions
{
    public const string SectionName = "PolicyMatch:Review";

    public decimal SecondApprovalAboveYuan { get; set; } = 100_000m;
}
