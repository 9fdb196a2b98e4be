using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>
/// 一企一档 changed through the API: a firm names itself and declares its facts, an officer sets facts or verifies a
/// declaration. Each is audited and re-matches the firm (through <see cref="ProfileService"/>) in one save; a save that
/// loses to a concurrent change is a conflict, never a 500. Field values come here already checked for shape.
/// </summary>
public sealed class ProfileChanges(PolicyMatchContext db, ProfileService profiles, TimeProvider time)
{
    /// <summary>The title of a refusal of facts that cannot be stored, as validation problems are titled.</summary>
    public const string FactsNotStoredTitle = "有的数据无法保存 (some facts cannot be stored).";

    /// <summary>
    /// Names the firm and its push contact. Naming depends on nothing the caller read, so when an event's consumer
    /// changed the profile at the same moment (a burst of them follows a firm's registration) it is simply applied
    /// again to the fresh profile.
    /// </summary>
    public async Task<Outcome<FirmProfile>> RegisterAsync(
        string creditCode, string name, string? contactMobile, PlatformUser user, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var profile = await profiles.GetOrStartAsync(creditCode, cancellationToken);
            var now = time.GetUtcNow();
            profile.Register(name.Trim(), contactMobile, user.Subject, now);
            db.AddAudit(user, "profile.registered", "profile", creditCode, now);
            var conflict = await SaveAsync(profile, cancellationToken);
            if (conflict is null)
            {
                return profile;
            }
            if (attempt == Attempts)
            {
                return conflict;
            }
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Facts from <paramref name="source"/>: the firm declares only what is its own to declare, an officer enters only
    /// what no service reports by event (what an authority asserts comes from that authority).
    /// </summary>
    public async Task<Outcome<FirmProfile>> UpdateFactsAsync(
        string creditCode, IReadOnlyDictionary<string, JsonElement> facts, string source, PlatformUser user, bool mustExist, CancellationToken cancellationToken)
    {
        var byFirm = source == FactSources.Firm;
        var owned = facts.Keys.Select(ProfileFields.Find).OfType<ProfileField>()
            .Where(f => byFirm ? !f.Declarable : !f.OfficerMaySet).ToList();
        if (owned.Count > 0)
        {
            var who = byFirm ? "企业不能自行申报" : "经办人员不能代为录入";
            return Failure.Forbidden($"facts.{owned[0].Key}", string.Join("；", owned.Select(f => $"{f.Key}（{f.Label}）由{f.Authority}提供")))
                .Titled(byFirm
                    ? "企业不能自行申报由主管部门提供的数据 (these facts are asserted by an authority, not by the firm)."
                    : "经办人员不能录入由其他服务按事件提供的数据 (these facts come only from the owning service's events).")
                .With("errors", owned.ToDictionary(f => $"facts.{f.Key}", f => new[] { $"{f.Label}由{f.Authority}提供，{who} ('{f.Key}' is asserted by {f.Owner})." }));
        }

        var profile = mustExist
            ? await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken)
            : await profiles.GetOrStartAsync(creditCode, cancellationToken);
        if (profile is null)
        {
            return ProfileNotFound(creditCode);
        }
        if (facts.TryGetValue(ProfileFields.Certifications, out var certifications)
            && certifications.ValueKind == JsonValueKind.Array
            && CertificationCatalogue.GrantProblem(profile.Texts(ProfileFields.Certifications), certifications.EnumerateArray().Select(c => c.GetString()!)) is { } tooMany)
        {
            return Failure.Invalid($"facts.{ProfileFields.Certifications}", tooMany).Titled(FactsNotStoredTitle);
        }
        if (byFirm)
        {
            await profiles.DeclareAsync(profile, facts, user, cancellationToken);
            db.AddAudit(user, "profile.facts_declared", "profile", creditCode, time.GetUtcNow());
        }
        else
        {
            await profiles.SetByOfficerAsync(profile, facts, user, cancellationToken);
            db.AddAudit(user, "profile.facts_updated", "profile", creditCode, time.GetUtcNow());
        }
        return await SaveAsync(profile, cancellationToken) is { } conflict ? conflict : profile;
    }

    /// <summary>An officer verifies a firm's declared fact: it becomes authoritative. Not found when the field holds no declaration.</summary>
    public async Task<Outcome<FirmProfile>> VerifyDeclarationAsync(string creditCode, string field, PlatformUser user, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken);
        if (profile is null || !await profiles.VerifyAsync(profile, field, user, cancellationToken))
        {
            return Failure.NotFound("field", $"{creditCode} 的 {field} 没有待核实的申报 (no declaration of '{field}' to verify)");
        }
        db.AddAudit(user, "profile.declaration_verified", "profile", $"{creditCode}/{field}", time.GetUtcNow());
        return await SaveAsync(profile, cancellationToken) is { } conflict ? conflict : profile;
    }

    private static Failure ProfileNotFound(string creditCode) => Failure.NotFound("creditCode", $"没有企业 {creditCode} 的档案 (no profile for {creditCode})");

    /// <summary>Saves; a conflict (never a 500) when the profile or a claim changed at the same time, or was created twice at once.</summary>
    private async Task<Failure?> SaveAsync(FirmProfile profile, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict("facts", "档案同时被修改（另一次更新或部门事件），请刷新后重试 (the profile changed at the same time; reload and try again).")
                .With("creditCode", profile.CreditCode);
        }
    }
}
