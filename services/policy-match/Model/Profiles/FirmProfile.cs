using System.Text.Json;
using System.Text.Json.Serialization;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>
/// 一企一档: one firm's profile, field by field, each fact with its source and time. A field that is absent is
/// unknown — matching then says "unknown, please provide", never "not eligible".
/// </summary>
public sealed class FirmProfile
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary>Registered name: the firm register's (FirmRegistered), or the one given at sign-up; empty until either is known.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Mobile number policy pushes are sent to; personal data, masked for anyone but the firm and policy officers.</summary>
    public string? ContactMobile { get; private set; }

    /// <summary>The platform subject of the firm user who registered it: where pushes go when there is no mobile, and whose opt-out counts.</summary>
    public string? ContactSubject { get; private set; }

    public Dictionary<string, ProfileFact> Facts { get; private set; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Registered { get; private set; }

    public uint RowVersion { get; private set; }

    /// <summary>Who policy pushes go to: the registered mobile (SMS), else the registering user, else the firm's code.</summary>
    public string PushRecipient => ContactMobile ?? ContactSubject ?? CreditCode;

    private FirmProfile()
    {
    }

    /// <summary>A profile started by an event before the firm registered; it registers later and keeps the facts.</summary>
    public static FirmProfile Learnt(string creditCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreditCode = creditCode,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Register(string name, string? contactMobile, string? contactSubject, DateTimeOffset now)
    {
        Name = name;
        ContactMobile = contactMobile;
        ContactSubject = contactSubject;
        Registered = true;
        UpdatedAt = now;
    }

    /// <summary>The firm register's name for the firm; true when it changed.</summary>
    public bool LearnName(string name, DateTimeOffset now)
    {
        if (Name == name)
        {
            return false;
        }
        Name = name;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// The firm's own declarations (unverified), beside the authoritative facts: they never overwrite one, and
    /// money moves on them only after an officer's review.
    /// </summary>
    public Dictionary<string, ProfileFact> Declarations { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Sets an authoritative fact (an officer or an event); returns the change, or null when nothing changed. An
    /// event older than the fact it would replace changes nothing, whatever order events are delivered in.
    /// </summary>
    public ProfileFactChange? SetFact(string field, JsonElement value, FactOrigin origin, DateTimeOffset now)
    {
        var old = Facts.GetValueOrDefault(field);
        if (origin.EventId is not null && old is not null && old.IsAuthoritative && old.AsOf > origin.AsOf)
        {
            return null;
        }
        var fact = Fact(value, origin, now);
        if (old is not null && JsonElement.DeepEquals(old.Value, value))
        {
            if (origin.AsOf > old.AsOf)
            {
                // Same value, newer assertion: keep its time, so a late older event cannot overwrite it.
                Facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal) { [field] = fact };
            }
            return null;
        }
        // A new dictionary so change tracking sees the jsonb column change.
        Facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal) { [field] = fact };
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old?.Value, value, origin, now);
    }

    public ProfileFactChange? RemoveFact(string field, FactOrigin origin, DateTimeOffset now)
    {
        if (!Facts.TryGetValue(field, out var old))
        {
            return null;
        }
        var facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal);
        facts.Remove(field);
        Facts = facts;
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old.Value, null, origin, now);
    }

    /// <summary>
    /// Adds to an authoritative count (a loan, a hire, a certified talent); an unknown or merely declared count
    /// starts from zero. Counts add up in any order (the inbox drops repeats); the fact keeps the latest time.
    /// </summary>
    public ProfileFactChange? Increment(string field, decimal by, FactOrigin origin, DateTimeOffset now)
    {
        var old = Facts.GetValueOrDefault(field);
        var current = old is { IsAuthoritative: true } ? Number(field) ?? 0m : 0m;
        var value = JsonSerializer.SerializeToElement(Math.Max(0m, current + by));
        var asOf = old is { IsAuthoritative: true } && old.AsOf > origin.AsOf ? old.AsOf : origin.AsOf;
        var fact = Fact(value, origin, now) with { AsOf = asOf };
        Facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal) { [field] = fact };
        if (old is not null && JsonElement.DeepEquals(old.Value, value))
        {
            return null;
        }
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old?.Value, value, origin, now);
    }

    /// <summary>The firm declares a fact (null withdraws the declaration); the authoritative fact, if any, stays as it is.</summary>
    public ProfileFactChange? Declare(string field, JsonElement value, FactOrigin origin, DateTimeOffset now)
    {
        var old = Declarations.GetValueOrDefault(field);
        var declarations = new Dictionary<string, ProfileFact>(Declarations, StringComparer.Ordinal);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (old is null)
            {
                return null;
            }
            declarations.Remove(field);
        }
        else
        {
            if (old is not null && JsonElement.DeepEquals(old.Value, value))
            {
                return null;
            }
            declarations[field] = Fact(value, origin, now);
        }
        Declarations = declarations;
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old?.Value, value.ValueKind == JsonValueKind.Null ? null : value, origin, now);
    }

    /// <summary>An officer verified the firm's declaration: it becomes the authoritative fact. Null when nothing is declared.</summary>
    public ProfileFactChange? VerifyDeclaration(string field, PlatformUser officer, DateTimeOffset now)
    {
        if (!Declarations.TryGetValue(field, out var declared))
        {
            return null;
        }
        var old = Facts.GetValueOrDefault(field);
        var declarations = new Dictionary<string, ProfileFact>(Declarations, StringComparer.Ordinal);
        declarations.Remove(field);
        Declarations = declarations;
        Facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal)
        {
            [field] = declared with
            {
                Source = FactSources.VerifiedDeclaration,
                AsOf = now,
                VerifiedBy = officer.Subject,
                VerifiedByName = officer.Name,
                VerifiedAt = now,
            },
        };
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old?.Value, declared.Value,
            new FactOrigin(FactSources.VerifiedDeclaration, declared.AssertedBy, now, By: officer.Subject, ByName: officer.Name), now);
    }

    /// <summary>The fact a decision on <paramref name="trust"/> reads for a field: the authoritative one, else (if allowed) the declaration.</summary>
    public ProfileFact? Find(string field, FactTrust trust)
    {
        if (Facts.TryGetValue(field, out var fact) && (fact.IsAuthoritative || trust == FactTrust.WithDeclarations))
        {
            return fact.IsAuthoritative || !Declarations.TryGetValue(field, out var newer) ? fact : newer;
        }
        return trust == FactTrust.WithDeclarations ? Declarations.GetValueOrDefault(field) : null;
    }

    private static ProfileFact Fact(JsonElement value, FactOrigin origin, DateTimeOffset now) =>
        new(value.Clone(), origin.Source, origin.Reference, origin.AsOf)
        {
            EventId = origin.EventId,
            AssertedBy = origin.By,
            AssertedByName = origin.ByName,
            RecordedAt = now,
        };

    public decimal? Number(string field) =>
        Facts.TryGetValue(field, out var fact) && fact.Value.ValueKind == JsonValueKind.Number ? fact.Value.GetDecimal() : null;

    /// <summary>The texts an authoritative list fact holds (certifications), empty when it is unknown.</summary>
    public IReadOnlySet<string> Texts(string field) =>
        Facts.TryGetValue(field, out var fact) && fact.Value.ValueKind == JsonValueKind.Array
            ? fact.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The facts as the rule engine reads them, on the given trust.</summary>
    public Facts ToFacts(FactTrust trust)
    {
        var facts = new Facts();
        foreach (var key in Facts.Keys.Union(trust == FactTrust.WithDeclarations ? Declarations.Keys : [], StringComparer.Ordinal))
        {
            if (Find(key, trust) is { } fact)
            {
                Put(facts, key, fact);
            }
        }
        return facts;
    }

    private static void Put(Facts facts, string key, ProfileFact fact)
    {
        if (ProfileFields.Find(key) is not { } field)
        {
            return;
        }
        var value = fact.Value;
        switch (field.Kind)
        {
            case ProfileFieldKind.Number when value.ValueKind == JsonValueKind.Number:
                facts.Set(key, value.GetDecimal());
                break;
            case ProfileFieldKind.Flag when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                facts.Set(key, value.GetBoolean());
                break;
            case ProfileFieldKind.Date when value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", out var date):
                facts.Set(key, date);
                break;
            case ProfileFieldKind.TextSet when value.ValueKind == JsonValueKind.Array:
                facts.Set(key, value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                break;
            case ProfileFieldKind.Text when value.ValueKind == JsonValueKind.String:
                facts.Set(key, value.GetString()!);
                break;
        }
    }
}
