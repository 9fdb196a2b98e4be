using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.Contracts;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>The facts of a signed intention (意向协议/框架协议); money in yuan.</summary>
public sealed record NewInvestmentIntent(
    string InvestorName, string? CreditCode, string IndustryCode, decimal PlannedInvestment, DateOnly SignedOn, Guid? ProjectId);

/// <summary>The agreement a signing answers with: new, or the one an earlier request with the same key recorded.</summary>
public sealed record SignedIntent(InvestmentAgreement Agreement, bool IsNew);

/// <summary>
/// 招商签约 → 正式合同: intentions recorded, turned into formal contracts or lapsed, each change audited with its event
/// staged in the same save (outbox). Handled by the officers of 发展和改革 (FGJ, which leads the zone's 招商) and admins.
/// </summary>
public sealed class InvestmentPromotion(ApprovalContext db, TimeProvider time)
{
    /// <summary>招商 is led by 发展和改革 (FGJ) with the zone administration.</summary>
    public const string Department = DepartmentCatalogue.DevelopmentAndReform;

    public static bool MayManage(PlatformUser user) =>
        user.IsInRole(PlatformRoles.Admin) || (user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == Department);

    /// <summary>
    /// Records a signed intention and stages <see cref="InvestmentIntentSigned"/>. With an idempotency key, the same
    /// caller's repeated request answers with the agreement the first one recorded.
    /// </summary>
    public async Task<Outcome<SignedIntent>> SignIntentAsync(NewInvestmentIntent intent, PlatformUser user, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (!MayManage(user))
        {
            return NotManager;
        }
        if (idempotencyKey is not null && await EarlierAsync(user, idempotencyKey, cancellationToken) is { } earlier)
        {
            return new SignedIntent(earlier, IsNew: false);
        }
        if (intent.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId, cancellationToken))
        {
            return Failure.Unprocessable("projectId", $"项目 {projectId} 不存在 (no registered project {projectId})");
        }
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(ct => SignNumberedAsync(intent, user, idempotencyKey, ct), cancellationToken);
        }
        catch (DbUpdateException exception) when (idempotencyKey is not null && exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            // The same caller's concurrent request with this key committed first: answer with its agreement.
            if (await EarlierAsync(user, idempotencyKey, cancellationToken) is { } winner)
            {
                return new SignedIntent(winner, IsNew: false);
            }
            throw;
        }
    }

    /// <summary>Draws the year's next number and saves the agreement with it, in one transaction.</summary>
    private async Task<Outcome<SignedIntent>> SignNumberedAsync(
        NewInvestmentIntent intent, PlatformUser user, string? idempotencyKey, CancellationToken cancellationToken)
    {
        // A retried attempt starts from nothing.
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var number = await AgreementNumbers.NextAsync(db, intent.SignedOn.Year, cancellationToken);
        var signed = InvestmentAgreement.SignIntent(
            number, intent.InvestorName, intent.CreditCode, intent.IndustryCode, intent.PlannedInvestment, intent.SignedOn,
            intent.ProjectId, ChinaTime.Today(time), user.Subject, idempotencyKey, now);
        if (!signed.Succeeded)
        {
            // Disposing the transaction rolls the drawn number back.
            return signed.Failure;
        }
        var agreement = signed.Value;
        db.InvestmentAgreements.Add(agreement);
        db.AddAudit(user, "investment.intent-signed", "investment-agreement", agreement.Id.ToString(), now);
        db.AddIntegrationEvent(new InvestmentIntentSigned(
            agreement.Id, agreement.InvestorName, agreement.CreditCode, agreement.PlannedInvestment, agreement.IntentSignedOn)
        { OccurredAt = now }, agreement.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SignedIntent(agreement, IsNew: true);
    }

    /// <summary>正式合同: the intention becomes a formal contract; stages <see cref="InvestmentContractSigned"/>.</summary>
    public Task<Outcome<InvestmentAgreement>> SignContractAsync(Guid id, DateOnly signedOn, decimal investment, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return StepAsync(id, user, "investment.contract-signed", agreement => agreement.SignContract(signedOn, investment, ChinaTime.Today(time), now),
            agreement => db.AddIntegrationEvent(new InvestmentContractSigned(
                agreement.Id, agreement.InvestorName, agreement.CreditCode, agreement.ContractInvestment!.Value, agreement.IntentSignedOn, agreement.ContractSignedOn!.Value)
            { OccurredAt = now }, agreement.Id.ToString()), now, cancellationToken);
    }

    /// <summary>The intention lapsed without a contract (no event: the rate counts it as not converted).</summary>
    public Task<Outcome<InvestmentAgreement>> LapseAsync(Guid id, string reason, PlatformUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return StepAsync(id, user, "investment.lapsed", agreement => agreement.Lapse(reason, ChinaTime.Today(time), now), null, now, cancellationToken);
    }

    private async Task<Outcome<InvestmentAgreement>> StepAsync(
        Guid id, PlatformUser user, string action, Func<InvestmentAgreement, Failure?> step, Action<InvestmentAgreement>? stage,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Checked before the lookup: a caller who may not manage 招商 learns nothing of which agreements exist.
        if (!MayManage(user))
        {
            return NotManager;
        }
        return await db.RunAsync(new Transition<InvestmentAgreement>
        {
            Find = ct => db.InvestmentAgreements.FirstOrDefaultAsync(a => a.Id == id, ct),
            NotFound = Failure.NotFound("id", "协议不存在 (no such agreement)"),
            Apply = (agreement, _) => Task.FromResult(step(agreement)),
            Record = agreement =>
            {
                db.AddAudit(user, action, "investment-agreement", agreement.Id.ToString(), now);
                stage?.Invoke(agreement);
            },
            ConcurrentChange = Failure.Conflict("", "").Titled("处理期间协议已被修改 (the agreement changed while this request was being handled)"),
        }, cancellationToken);
    }

    private Task<InvestmentAgreement?> EarlierAsync(PlatformUser user, string idempotencyKey, CancellationToken cancellationToken) =>
        db.InvestmentAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.RecordedBy == user.Subject && a.IdempotencyKey == idempotencyKey, cancellationToken);

    private static Failure NotManager => Failure.Forbidden("", "")
        .Titled($"Only officers of {Department} (发展和改革) or an admin manage 招商签约.");
}
