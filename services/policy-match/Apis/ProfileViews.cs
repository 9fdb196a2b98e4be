using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Claims;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.PolicyMatch.Apis;

/// <summary>
/// A fact with who asserted it: <c>authority</c> is "authoritative" (a service event, an officer, a verified
/// declaration) or "declared" (the firm's own word, not yet verified).
/// </summary>
public sealed record FactView(
    string Field, string Label, string? Unit, JsonElement Value, string Authority, string Source, string? Reference, DateTimeOffset AsOf,
    Guid? EventId, string? AssertedBy, string? AssertedByName, DateTimeOffset? RecordedAt, string? VerifiedBy, string? VerifiedByName, DateTimeOffset? VerifiedAt)
{
    public static FactView From(string key, ProfileFact fact)
    {
        var field = ProfileFields.Find(key);
        return new FactView(
            key, field?.Label ?? key, field?.Unit, fact.Value, fact.IsAuthoritative ? BasisFact.Authoritative : BasisFact.Declared,
            fact.Source, fact.Reference, fact.AsOf, fact.EventId, fact.AssertedBy, fact.AssertedByName, fact.RecordedAt,
            fact.VerifiedBy, fact.VerifiedByName, fact.VerifiedAt);
    }
}

/// <summary>
/// 一企一档 as seen by the firm and officers: the facts (authoritative, or older unverified ones marked declared)
/// and, beside them, the firm's declarations awaiting an officer's verification.
/// </summary>
public sealed record ProfileView(
    string CreditCode, string Name, bool Registered, string? ContactMobile, IReadOnlyList<FactView> Facts, IReadOnlyList<FactView> Declarations,
    IReadOnlyList<string> UnknownFields, DateTimeOffset UpdatedAt)
{
    public static ProfileView From(FirmProfile p, bool seesContactInClear) => new(
        p.CreditCode, p.Name, p.Registered,
        p.ContactMobile is null ? null : seesContactInClear ? p.ContactMobile : MobileNumber.Mask(p.ContactMobile),
        p.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => FactView.From(f.Key, f.Value)).ToList(),
        p.Declarations.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => FactView.From(f.Key, f.Value)).ToList(),
        ProfileFields.All.Where(f => !p.Facts.ContainsKey(f.Key) && !p.Declarations.ContainsKey(f.Key)).Select(f => f.Key).ToList(),
        p.UpdatedAt);
}
