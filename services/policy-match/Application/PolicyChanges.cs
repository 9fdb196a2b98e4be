using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>A policy and the version a change produced or acted on.</summary>
public sealed record PolicyChange(Policy Policy, PolicyVersion Version);

/// <summary>
/// The policy catalogue written by policy officers: a policy created as draft version 1, the next version drafted,
/// the draft published (event, budget ledger, re-match of every firm) and the version in force retired. Terms come
/// here already validated; each change is audited in the same save.
/// </summary>
public sealed class PolicyChanges(PolicyMatchContext db, SubsidyLedger ledger, MatchingService matching, TimeProvider time)
{
    private const string ChangedConcurrently = "其他工作人员同时修改了该政策，请刷新后重试 (another officer changed the policy at the same time; reload and try again)";

    public async Task<Outcome<PolicyChange>> CreateAsync(string code, PolicyCategory category, PolicyTerms terms, PlatformUser user, CancellationToken cancellationToken)
    {
        if (await db.Policies.AnyAsync(p => p.Code == code, cancellationToken))
        {
            return CodeTaken(code);
        }
        var now = time.GetUtcNow();
        var policy = Policy.Create(code, category, terms, user.Subject, now);
        db.Policies.Add(policy);
        db.AddAudit(user, "policy.created", "policy", policy.Code, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CodeTaken(code);
        }
        return new PolicyChange(policy, policy.Latest);
    }

    /// <summary>Writes the next version as a draft, revising the draft there is; published versions never change.</summary>
    public async Task<Outcome<PolicyChange>> SaveDraftAsync(string code, PolicyTerms terms, PlatformUser user, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return PolicyNotFound(code);
        }
        var now = time.GetUtcNow();
        var draft = policy.CurrentDraft;
        if (draft is not null)
        {
            draft.Revise(terms);
        }
        else
        {
            draft = policy.StartDraft(terms, now)!;
            // A new version with its id already set: tell EF it is new, not an update of an existing row.
            db.PolicyVersions.Add(draft);
        }
        db.AddAudit(user, "policy.draft_saved", "policy", $"{policy.Code}/v{draft.Version}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return NotChanged("保存草稿时政策已被修改，请刷新后重试 (the policy changed while the draft was being saved; reload and try again)", policy.Code);
        }
        return new PolicyChange(policy, draft);
    }

    /// <summary>Puts the draft in force: <c>PolicyPublished</c>, the period's budget ledger opened or resized, every firm re-matched.</summary>
    public async Task<Outcome<PolicyChange>> PublishAsync(string code, PlatformUser user, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return PolicyNotFound(code);
        }
        var now = time.GetUtcNow();
        var (published, problems) = policy.PublishDraft(user.Subject, now);
        if (published is null)
        {
            return Failure.Unprocessable(problems.Keys.FirstOrDefault() ?? "draft", string.Join(" ", problems.SelectMany(p => p.Value)))
                .Titled("政策不能发布 (the policy cannot be published)")
                .With("errors", problems);
        }
        var version = policy.InForce!;
        if (!await ledger.OpenAsync(policy.Code, version, cancellationToken))
        {
            return Failure.Unprocessable("budgetEnvelope", "资金总额须覆盖本期已兑现的金额 (the envelope must cover the amounts already paid in this period)")
                .Titled("资金总额低于本期已兑现金额 (the budget envelope is below what is already paid for the period)");
        }
        db.AddIntegrationEvent(published, aggregateKey: policy.Id.ToString());
        db.AddAudit(user, "policy.published", "policy", $"{policy.Code}/v{version.Version}", now);
        await matching.RematchPolicyAsync(policy, version, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return NotChanged(ChangedConcurrently, policy.Code);
        }
        return new PolicyChange(policy, version);
    }

    /// <summary>Withdraws the version in force from <paramref name="retiredOn"/>: <c>PolicyRetired</c>.</summary>
    public async Task<Outcome<PolicyChange>> RetireAsync(string code, DateOnly retiredOn, PlatformUser user, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.Include(p => p.Versions).FirstOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (policy is null)
        {
            return PolicyNotFound(code);
        }
        var inForce = policy.InForce;
        var now = time.GetUtcNow();
        var retired = policy.Retire(retiredOn, now);
        if (retired is null || inForce is null)
        {
            return NotChanged("该政策没有现行版本可废止 (the policy has no version in force to retire)", policy.Code);
        }
        db.AddIntegrationEvent(retired, aggregateKey: policy.Id.ToString());
        db.AddAudit(user, "policy.retired", "policy", $"{policy.Code}/v{inForce.Version}", now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return NotChanged(ChangedConcurrently, policy.Code);
        }
        return new PolicyChange(policy, inForce);
    }

    private static Failure PolicyNotFound(string code) => Failure.NotFound("code", $"政策 {code} 不存在 (no policy {code})");

    private static Failure CodeTaken(string code) =>
        Failure.Conflict("code", $"政策 {code} 已存在，请改为起草新版本 (policy {code} exists; write a new version of it as a draft instead)")
            .Titled("该编码的政策已存在 (a policy with this code already exists)");

    private static Failure NotChanged(string detail, string code) =>
        Failure.Conflict("policyCode", detail).Titled("政策未能变更 (the policy could not be changed)").With("policyCode", code);
}
