using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>
/// What became of a claim: decided (declined, rejected, or approved once and awaiting the second approval) or paid,
/// with the payment's ledger entry.
/// </summary>
public sealed record ClaimDecision(SubsidyClaim Claim, Disbursement? Disbursement = null);

/// <summary>
/// Deciding a claim: the firm confirms or declines a 免申即享 offer, an officer approves or rejects a 快申快享
/// application. Each runs on the shared transition runner: find the claim, apply the decision (re-checking the firm on
/// today's facts before paying through the ledger), audit, save. A claim the caller may not see, or that does not
/// exist, is <see cref="FailureKind.NotFound"/>.
/// </summary>
public sealed class ClaimDecisions(
    PolicyMatchContext db,
    MatchingService matching,
    SubsidyLedger ledger,
    PolicyMatchMetrics telemetry,
    IOptions<ClaimReviewOptions> review,
    TimeProvider time)
{
    /// <summary>
    /// Another decision saved first. Payments commit in the ledger's own transaction and report a lost race as
    /// <see cref="PaymentOutcome.Conflict"/>; the runner's save reports it for the other decisions.
    /// </summary>
    private static readonly Failure ConcurrentDecision =
        Failure.Conflict("status", "该申领已被他人同时处理 (the claim was decided by someone else at the same time)");

    public async Task<Outcome<ClaimDecision>> ConfirmAsync(Guid id, PlatformUser user, CancellationToken cancellationToken)
    {
        Disbursement? disbursement = null;
        var confirmed = await db.RunAsync(new Transition<SubsidyClaim>
        {
            Find = ct => Visible(db.Claims, user).FirstOrDefaultAsync(c => c.Id == id, ct),
            NotFound = ClaimNotFound(id),
            Apply = async (claim, ct) =>
            {
                if (claim.Status != ClaimStatus.Offered)
                {
                    return StateConflict(claim, "只有免申即享的兑现通知可以确认 (only an offered 免申即享 benefit can be confirmed).");
                }
                // 免申即享 pays on authoritative facts only, checked again now: a fact withdrawn or merely declared stops it.
                var check = await CheckAsync(claim, FactTrust.AuthoritativeOnly, ct);
                if (!check.Succeeded)
                {
                    return check.Failure;
                }
                var (result, version, profile) = check.Value;
                var basis = DecisionBasis.From(profile, version, FactTrust.AuthoritativeOnly, [DecisionBasis.System]);
                var paid = await PayAsync(claim, result.Amount ?? 0, user, basis, null, ct);
                disbursement = paid.Value;
                return paid.Failure;
            },
            ConcurrentChange = ConcurrentDecision,
        }, cancellationToken);
        return confirmed.Map(claim => new ClaimDecision(claim, disbursement));
    }

    public async Task<Outcome<ClaimDecision>> DeclineAsync(Guid id, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var declined = await db.RunAsync(new Transition<SubsidyClaim>
        {
            Find = ct => Visible(db.Claims, user).FirstOrDefaultAsync(c => c.Id == id, ct),
            NotFound = ClaimNotFound(id),
            Apply = (claim, _) => Task.FromResult(claim.Decline(user.Subject, now)
                ? null
                : StateConflict(claim, "只有免申即享的兑现通知可以放弃 (only an offered 免申即享 benefit can be declined)")),
            Record = claim => db.AddAudit(user, "claim.declined", "claim", claim.Id.ToString(), now),
            ConcurrentChange = ConcurrentDecision,
        }, cancellationToken);
        return declined.Map(claim => new ClaimDecision(claim));
    }

    /// <summary>
    /// 快申快享: an officer approves (with an optional reason) and the claim is paid on today's facts, declarations
    /// included (the officer vouches for them). Above <see cref="ClaimReviewOptions.SecondApprovalAboveYuan"/> the
    /// first approval is recorded (no payment yet) and a second, different officer's approval pays.
    /// </summary>
    public async Task<Outcome<ClaimDecision>> ApproveAsync(Guid id, string? reason, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Disbursement? disbursement = null;
        var approved = await db.RunAsync(new Transition<SubsidyClaim>
        {
            Find = ct => db.Claims.FirstOrDefaultAsync(c => c.Id == id, ct),
            NotFound = ClaimNotFound(id),
            Apply = async (claim, ct) =>
            {
                if (claim.Status != ClaimStatus.Submitted)
                {
                    return StateConflict(claim, "只有待审核的快申快享申请可以批准 (only a submitted 快申快享 application can be approved).");
                }
                var check = await CheckAsync(claim, FactTrust.WithDeclarations, ct);
                if (!check.Succeeded)
                {
                    return check.Failure;
                }
                var (result, version, profile) = check.Value;
                var amount = result.Amount ?? 0;
                List<string> deciders = [user.Subject];
                if (Math.Max(amount, claim.Amount) > review.Value.SecondApprovalAboveYuan)
                {
                    if (claim.FirstApprovedBy is null)
                    {
                        // The first of two approvals: recorded and saved by the runner, nothing paid yet.
                        claim.ApproveFirst(user.Subject, user.Name, reason, now);
                        db.AddAudit(user, "claim.approval_first", "claim", claim.Id.ToString(), now);
                        return null;
                    }
                    if (claim.FirstApprovedBy == user.Subject)
                    {
                        return Failure.Conflict("approvedBy", $"{claim.Amount:0.##} 元超过 {review.Value.SecondApprovalAboveYuan:0.##} 元；{user.Subject} 已作第一次批准。")
                            .Titled("超过复核金额的申请须由另一位政策专员复核批准 (a second, different officer must approve).");
                    }
                    deciders.Insert(0, claim.FirstApprovedBy);
                }
                // The approval's audit entry commits with the payment, in the ledger's transaction.
                db.AddAudit(user, "claim.approved", "claim", claim.Id.ToString(), now);
                var basis = DecisionBasis.From(profile, version, FactTrust.WithDeclarations, deciders);
                var paid = await PayAsync(claim, amount, user, basis, reason, ct);
                disbursement = paid.Value;
                return paid.Failure;
            },
            AfterSave = _ =>
            {
                if (disbursement is not null)
                {
                    telemetry.Application("approved");
                }
            },
            ConcurrentChange = ConcurrentDecision,
        }, cancellationToken);
        return approved.Map(claim => new ClaimDecision(claim, disbursement));
    }

    public async Task<Outcome<ClaimDecision>> RejectAsync(Guid id, string reason, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rejected = await db.RunAsync(new Transition<SubsidyClaim>
        {
            Find = ct => db.Claims.FirstOrDefaultAsync(c => c.Id == id, ct),
            NotFound = ClaimNotFound(id),
            Apply = (claim, _) => Task.FromResult(claim.Reject(reason, user.Subject, now)
                ? null
                : StateConflict(claim, "只有待审核的快申快享申请可以驳回 (only a submitted 快申快享 application can be rejected)")),
            Record = claim => db.AddAudit(user, "claim.rejected", "claim", claim.Id.ToString(), now),
            AfterSave = _ => telemetry.Application("rejected"),
            ConcurrentChange = ConcurrentDecision,
        }, cancellationToken);
        return rejected.Map(claim => new ClaimDecision(claim));
    }

    /// <summary>Officers see every claim; a firm only its own (another firm's is a 404, like one that does not exist).</summary>
    public static IQueryable<SubsidyClaim> Visible(IQueryable<SubsidyClaim> claims, PlatformUser user) =>
        user.IsOfficer() ? claims
        : user.OwnFirm() is { } creditCode ? claims.Where(c => c.CreditCode == creditCode)
        : claims.Where(_ => false);

    /// <summary>
    /// Today's facts, on the trust the claim allows, against the version claimed under: a refusal when the firm
    /// does not qualify (naming each field not met or not known on that trust), else the result.
    /// </summary>
    private async Task<Outcome<(MatchResult Result, PolicyVersion Version, FirmProfile? Profile)>> CheckAsync(
        SubsidyClaim claim, FactTrust trust, CancellationToken cancellationToken)
    {
        var version = await db.PolicyVersions.AsNoTracking().FirstAsync(v => v.Id == claim.PolicyVersionId, cancellationToken);
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == claim.CreditCode, cancellationToken);
        var result = PolicyMatcher.Match(version, profile?.ToFacts(trust) ?? new Facts(), matching.Today);
        if (result.Outcome == EligibilityOutcome.Met)
        {
            return (result, version, profile);
        }
        var reasons = result.Unmet.Concat(result.Missing).Select(e => $"{e.Field}：{e.Text}");
        var title = trust == FactTrust.AuthoritativeOnly
            ? "按权威来源（部门事件、经办人员或已核实的申报）的数据，企业今天不符合条件 (the firm does not qualify on authoritative facts today)."
            : "按今天的数据，企业不符合条件 (the firm does not qualify on today's facts).";
        return Failure.Unprocessable("conditions", string.Join("；", reasons)).Titled(title);
    }

    /// <summary>Pays through the ledger on the basis given; the payment commits in the ledger's own transaction.</summary>
    private async Task<Outcome<Disbursement>> PayAsync(
        SubsidyClaim claim, decimal amount, PlatformUser user, DecisionBasis basis, string? reason, CancellationToken cancellationToken)
    {
        var payment = await ledger.PayAsync(claim, amount, user, basis, reason, cancellationToken);
        return payment.Outcome switch
        {
            PaymentOutcome.Paid => payment.Disbursement!,
            PaymentOutcome.AlreadyPaid => Failure.Conflict("creditCode",
                    $"{claim.PolicyCode}（{claim.BudgetPeriod}）每家企业只兑现一次 ({claim.PolicyCode} ({claim.BudgetPeriod}) pays each firm once)")
                .Titled("企业本期已获该政策兑现 (the firm was already paid under this policy for the period)"),
            PaymentOutcome.BudgetExhausted => Failure.Conflict("budgetEnvelope",
                    $"{claim.PolicyCode}（{claim.BudgetPeriod}）剩余资金不足 {amount:0.##} 元 ({claim.PolicyCode} ({claim.BudgetPeriod}) has less than {amount:0.##} yuan left)")
                .Titled("本期政策资金不足以支付此笔兑现（额满即止）(the policy's budget for the period cannot cover this payment)"),
            PaymentOutcome.NothingToPay => Failure.Unprocessable("amountRule", "按今天的数据，金额规则算得的金额为零 (the amount rule gives nothing on today's facts)"),
            _ => ConcurrentDecision,
        };
    }

    private static Failure ClaimNotFound(Guid id) => Failure.NotFound("id", $"申领 {id} 不存在 (no such claim)");

    /// <summary>The claim's state forbids the change: the problem names the status and carries the state it is in.</summary>
    private static Failure StateConflict(SubsidyClaim claim, string detail) =>
        Failure.Conflict("status", detail)
            .Titled("申领在当前状态下不能变更 (the claim cannot change in its current state)")
            .With("currentState", claim.Status.ToString());
}
