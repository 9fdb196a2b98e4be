using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>The firm measured against the policy version it applies under, on its facts declarations included.</summary>
public sealed record ClaimAssessment(Policy Policy, PolicyVersion Version, MatchResult Result, FirmProfile? Profile);

/// <summary>
/// The claim an application made, whether this call made it (false: an earlier call with the same key did), and the
/// assessment it was made on (none when an earlier call's claim is answered again).
/// </summary>
public sealed record ClaimApplication(SubsidyClaim Claim, bool Created, ClaimAssessment? Assessment);

/// <summary>
/// 快申快享: a firm applies for a policy in force, once per <c>Idempotency-Key</c>; the claim is due for review
/// within <see cref="SubsidyClaim.ReviewWorkingDays"/> working days. A refusal about the firm's eligibility carries
/// the <see cref="ClaimAssessment"/> under <see cref="AssessmentMember"/>, so the answer can coach the firm.
/// </summary>
public sealed class ClaimApplications(
    PolicyMatchContext db, MatchingService matching, PolicyMatchMetrics telemetry, HolidayCalendar calendar, TimeProvider time)
{
    /// <summary>The refusal's member holding the <see cref="ClaimAssessment"/> it was refused on.</summary>
    public const string AssessmentMember = "coaching";

    public async Task<Outcome<ClaimApplication>> ApplyAsync(
        string policyCode, string? statement, string? idempotencyKey, PlatformUser user, CancellationToken cancellationToken)
    {
        if (user.OwnFirm() is not { } creditCode)
        {
            return Failure.NotFound("creditCode", "令牌中没有企业 (no firm on the token)");
        }
        if (idempotencyKey is not null && await EarlierAsync(user, idempotencyKey, cancellationToken) is { } earlier)
        {
            return new ClaimApplication(earlier, Created: false, Assessment: null);
        }

        var inForce = (await matching.InForceAsync(cancellationToken)).FirstOrDefault(p => p.Policy.Code == policyCode);
        if (inForce is null)
        {
            return Failure.NotFound("policyCode", $"政策 {policyCode} 不存在或不在有效期内 (no policy {policyCode} in force)");
        }
        var (policy, version) = inForce;
        if (version.Mode == PolicyMode.NoApplication)
        {
            return Failure.Unprocessable("policyCode", "符合条件的企业会收到兑现通知，确认即可；请查看您的申领记录 (eligible firms receive an offer to confirm; see your claims)")
                .Titled("免申即享：本政策无需申请 (this policy needs no application)");
        }

        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        var result = PolicyMatcher.Match(version, profile?.ToFacts(FactTrust.WithDeclarations) ?? new Facts(), matching.Today);
        var assessment = new ClaimAssessment(policy, version, result, profile);
        if (result.Outcome == EligibilityOutcome.NotMet)
        {
            return Failure.Unprocessable("policyCode", string.Join("；", result.Unmet.Select(e => e.Text)))
                .Titled("企业不符合政策条件 (the firm does not meet the policy's conditions)")
                .With(AssessmentMember, assessment);
        }
        if (result.Amount is not { } amount || amount <= 0)
        {
            var field = version.AmountRule switch { PercentageAmount p => p.Field, TieredAmount t => t.Field, _ => "amountRule" };
            return Failure.Unprocessable(field, $"请先在企业画像中填报 {field} (provide '{field}' on your profile first)")
                .Titled("无法根据企业画像计算金额 (the amount cannot be computed from the profile)")
                .With(AssessmentMember, assessment);
        }

        var now = time.GetUtcNow();
        var record = await db.MatchRecords.AsNoTracking().FirstOrDefaultAsync(m => m.CreditCode == creditCode && m.PolicyVersionId == version.Id, cancellationToken);
        var due = calendar.Current.AddWorkingDays(now, SubsidyClaim.ReviewWorkingDays).ToUniversalTime();
        var basis = DecisionBasis.From(profile, version, FactTrust.WithDeclarations, []);
        var claim = SubsidyClaim.Apply(policy, version, creditCode, amount, statement?.Trim(), idempotencyKey, user.Subject, record?.EligibleSince, due, basis, now);
        db.Claims.Add(claim);
        db.AddAudit(user, "claim.submitted", "claim", claim.Id.ToString(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same caller sent the same key at the same time: the one that won is the answer to both.
            if (idempotencyKey is not null && await EarlierAsync(user, idempotencyKey, cancellationToken) is { } winner)
            {
                return new ClaimApplication(winner, Created: false, assessment);
            }
            return Failure.Conflict("policyCode",
                    $"{policy.Code}（{version.BudgetPeriod}）已申请、已通知或已兑现 ({policy.Code} ({version.BudgetPeriod}) is already applied for, offered or paid)")
                .Titled("企业在本期已申领过该政策 (the firm already has a claim on this policy for the period)");
        }
        telemetry.Application("submitted");
        return new ClaimApplication(claim, Created: true, assessment);
    }

    private Task<SubsidyClaim?> EarlierAsync(PlatformUser user, string idempotencyKey, CancellationToken cancellationToken) =>
        db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.CreatedBy == user.Subject && c.IdempotencyKey == idempotencyKey, cancellationToken);
}
