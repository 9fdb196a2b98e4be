using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Infrastructure.DemoData;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.PolicyMatch.Operations;

namespace Qingmeng.PolicyMatch.Application;

/// <summary>
/// Changes to 一企一档: facts from the firm, an officer or other services' events, each with its source and time,
/// kept in an append-only history; every change re-matches the firm. Adds to the caller's unit of work.
/// </summary>
public sealed class ProfileService(PolicyMatchContext db, MatchingService matching, SubsidyLedger ledger, TimeProvider time) : ICertificationRecorder
{
    public async Task<FirmProfile> GetOrStartAsync(string creditCode, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.CreditCode == creditCode, cancellationToken)
            ?? db.Profiles.Local.FirstOrDefault(p => p.CreditCode == creditCode);
        if (profile is null)
        {
            profile = FirmProfile.Learnt(creditCode, time.GetUtcNow());
            db.Profiles.Add(profile);
        }
        return profile;
    }

    /// <summary>Applies changes learnt from another service's event, then re-matches the firm.</summary>
    public async Task LearnAsync(string creditCode, Func<FirmProfile, DateTimeOffset, IEnumerable<ProfileFactChange?>> change, CancellationToken cancellationToken)
    {
        var profile = await GetOrStartAsync(creditCode, cancellationToken);
        var changes = change(profile, time.GetUtcNow()).OfType<ProfileFactChange>().ToList();
        if (changes.Count == 0)
        {
            return;
        }
        db.ProfileFactChanges.AddRange(changes);
        AnnounceGrantedCertifications(changes);
        await matching.RematchFirmAsync(profile, cancellationToken);
    }

    /// <summary>
    /// The standing of one penalty, read or started in this unit of work, so a penalty and its repair count the
    /// same in either delivery order.
    /// </summary>
    public async Task<PenaltyStanding> PenaltyStandingAsync(string creditCode, string penaltyReference, CancellationToken cancellationToken)
    {
        var standing = await db.PenaltyStandings.FirstOrDefaultAsync(p => p.CreditCode == creditCode && p.PenaltyReference == penaltyReference, cancellationToken);
        if (standing is null)
        {
            standing = PenaltyStanding.For(creditCode, penaltyReference);
            db.PenaltyStandings.Add(standing);
        }
        return standing;
    }

    /// <summary>
    /// An officer sets or corrects facts (null removes one): authoritative, on the officer's name and time. After
    /// re-matching, a payment of this period whose policy the firm no longer qualifies for gets a clawback entry.
    /// </summary>
    public Task<IReadOnlyList<Disbursement>> SetByOfficerAsync(
        FirmProfile profile, IReadOnlyDictionary<string, JsonElement> facts, PlatformUser officer, CancellationToken cancellationToken) =>
        SetByOfficerAsync(profile, facts, officer, time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// An officer enters a record as of <paramref name="asOf"/> (a certification granted on that day, entered from the
    /// authority's register): the facts hold from then, and a certification gained is announced as granted then.
    /// </summary>
    public async Task<IReadOnlyList<Disbursement>> SetByOfficerAsync(
        FirmProfile profile, IReadOnlyDictionary<string, JsonElement> facts, PlatformUser officer, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var now = asOf;
        var origin = FactOrigin.Officer(officer, now);
        var changes = facts.Select(f => f.Value.ValueKind == JsonValueKind.Null
                ? profile.RemoveFact(f.Key, origin, now)
                : profile.SetFact(f.Key, f.Value, origin, now))
            .OfType<ProfileFactChange>().ToList();
        return await ApplyAsync(profile, changes, officer, cancellationToken);
    }

    /// <summary>An officer enters a certification granted at <paramref name="grantedAt"/>, beside the ones the profile holds.</summary>
    public async Task CertifyAsync(string creditCode, string certification, DateTimeOffset grantedAt, PlatformUser officer, CancellationToken cancellationToken)
    {
        var profile = await GetOrStartAsync(creditCode, cancellationToken);
        var held = profile.Facts.TryGetValue(ProfileFields.Certifications, out var fact) && fact.Value.ValueKind == JsonValueKind.Array
            ? fact.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];
        if (held.Contains(certification, StringComparer.Ordinal))
        {
            return;
        }
        var facts = new Dictionary<string, JsonElement> { [ProfileFields.Certifications] = JsonSerializer.SerializeToElement<List<string>>([.. held, certification]) };
        await SetByOfficerAsync(profile, facts, officer, grantedAt, cancellationToken);
    }

    /// <summary>
    /// The firm declares facts (null withdraws a declaration). Declarations stand beside the authoritative facts,
    /// never over them; a match that rests on them goes to an officer's review instead of paying.
    /// </summary>
    public async Task DeclareAsync(
        FirmProfile profile, IReadOnlyDictionary<string, JsonElement> facts, PlatformUser firmUser, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var origin = FactOrigin.Declaration(firmUser, now);
        var changes = facts.Select(f => profile.Declare(f.Key, f.Value, origin, now)).OfType<ProfileFactChange>().ToList();
        if (changes.Count == 0)
        {
            return;
        }
        db.ProfileFactChanges.AddRange(changes);
        await matching.RematchFirmAsync(profile, cancellationToken);
    }

    /// <summary>An officer verified a declaration: it becomes authoritative. False when the field holds no declaration.</summary>
    public async Task<bool> VerifyAsync(FirmProfile profile, string field, PlatformUser officer, CancellationToken cancellationToken)
    {
        if (profile.VerifyDeclaration(field, officer, time.GetUtcNow()) is not { } change)
        {
            return false;
        }
        await ApplyAsync(profile, [change], officer, cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<Disbursement>> ApplyAsync(
        FirmProfile profile, List<ProfileFactChange> changes, PlatformUser by, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return [];
        }
        db.ProfileFactChanges.AddRange(changes);
        AnnounceGrantedCertifications(changes);
        await matching.RematchFirmAsync(profile, cancellationToken);
        return await ClawBackWhereNoLongerEligibleAsync(profile, by, cancellationToken);
    }

    /// <summary>
    /// A certification of the closed list (<see cref="CertificationCatalogue"/>) the profile did not hold before
    /// (省级专精特新中小企业, 高新技术企业 …), asserted by an authority, is announced as
    /// <see cref="FirmCertificationGranted"/>, through the outbox with the change itself.
    /// </summary>
    private void AnnounceGrantedCertifications(IEnumerable<ProfileFactChange> changes)
    {
        foreach (var change in changes.Where(c => c.Field == ProfileFields.Certifications && FactSources.IsAuthoritative(c.Source)))
        {
            var held = Texts(change.OldValue);
            foreach (var certification in Texts(change.NewValue).Where(c => !held.Contains(c) && CertificationCatalogue.IsKnown(c)).Distinct(StringComparer.Ordinal))
            {
                var grantedOn = ChinaTime.ToChinaDate(change.RecordedAt);
                db.AddIntegrationEvent(
                    new FirmCertificationGranted(change.CreditCode, certification, grantedOn) { OccurredAt = change.RecordedAt },
                    aggregateKey: change.CreditCode);
            }
        }
    }

    private static HashSet<string> Texts(string? json)
    {
        if (json is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<Disbursement>> ClawBackWhereNoLongerEligibleAsync(FirmProfile profile, PlatformUser by, CancellationToken cancellationToken)
    {
        var payments = await db.Disbursements
            .Where(d => d.CreditCode == profile.CreditCode && d.Kind == DisbursementKind.Payment && d.ClaimId != null
                && !db.Disbursements.Any(c => c.ReversesId == d.Id))
            .ToListAsync(cancellationToken);
        if (payments.Count == 0)
        {
            return [];
        }
        var claimIds = payments.Select(p => p.ClaimId!.Value).ToList();
        var versionIds = await db.Claims.Where(c => claimIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.PolicyVersionId, cancellationToken);
        var versions = await db.PolicyVersions.AsNoTracking().Where(v => versionIds.Values.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var facts = profile.ToFacts(FactTrust.WithDeclarations);
        var clawbacks = new List<Disbursement>();
        foreach (var payment in payments)
        {
            if (!versions.TryGetValue(versionIds[payment.ClaimId!.Value], out var version))
            {
                continue;
            }
            // The conditions as they were paid under; the window is not re-judged after the fact.
            var result = EligibilityEvaluator.Evaluate(version.Conditions, facts, ProfileFields.Catalog);
            if (result.Outcome != EligibilityOutcome.NotMet)
            {
                continue;
            }
            var reason = "更正后不再符合条件：" + string.Join("；", result.Unmet.Select(e => e.Text));
            if (await ledger.ClawBackAsync(payment, reason, by, cancellationToken) is { } clawback)
            {
                clawbacks.Add(clawback);
            }
        }
        return clawbacks;
    }
}
