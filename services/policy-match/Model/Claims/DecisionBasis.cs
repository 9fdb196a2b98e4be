using System.Text.Json;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Claims;

/// <summary>One fact a decision rested on, with who asserted it (authoritative or declared, the event or person, when).</summary>
public sealed record BasisFact(
    string Field, JsonElement Value, string Authority, string Source, string? Reference, Guid? EventId,
    string? AssertedBy, string? AssertedByName, string? VerifiedBy, DateTimeOffset AsOf)
{
    public const string Authoritative = "authoritative";
    public const string Declared = "declared";

    public static BasisFact From(string field, ProfileFact fact) => new(
        field, fact.Value, fact.IsAuthoritative ? Authoritative : Declared, fact.Source, fact.Reference, fact.EventId,
        fact.AssertedBy, fact.AssertedByName, fact.VerifiedBy, fact.AsOf);
}

/// <summary>
/// What a claim or a payment rests on: the facts its policy's conditions and amount rule read, each with its
/// source, and who decided (for 免申即享 the system, the facts carrying their event ids; otherwise the officers).
/// </summary>
public sealed record DecisionBasis(IReadOnlyList<BasisFact> Facts, IReadOnlyList<string> DecidedBy)
{
    /// <summary>Who decides a 免申即享 offer on authoritative facts.</summary>
    public const string System = "policy-match";

    public static DecisionBasis From(FirmProfile? profile, PolicyVersion version, FactTrust trust, IReadOnlyList<string> decidedBy) => new(
        FieldsOf(version)
            .Select(field => profile?.Find(field, trust) is { } fact ? BasisFact.From(field, fact) : null)
            .OfType<BasisFact>()
            .ToList(),
        decidedBy);

    /// <summary>The declared (unverified) facts among these: what keeps a match from paying without a review.</summary>
    public IEnumerable<string> DeclaredFields => Facts.Where(f => f.Authority == BasisFact.Declared).Select(f => f.Field);

    /// <summary>The profile fields a version's conditions and amount rule read, in catalogue order.</summary>
    public static IReadOnlyList<string> FieldsOf(PolicyVersion version)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        Collect(version.Conditions, fields);
        if (AmountRules.FieldOf(version.AmountRule) is { } amountField)
        {
            fields.Add(amountField);
        }
        return ProfileFields.All.Select(f => f.Key).Where(fields.Contains).ToList();
    }

    private static void Collect(Condition condition, HashSet<string> fields)
    {
        switch (condition)
        {
            case AllOf all:
                all.Conditions.ToList().ForEach(c => Collect(c, fields));
                break;
            case AnyOf any:
                any.Conditions.ToList().ForEach(c => Collect(c, fields));
                break;
            case Not not:
                Collect(not.Condition, fields);
                break;
            case Comparison comparison:
                fields.Add(comparison.Field);
                break;
        }
    }
}
