using System.Text.Json;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>A fact on a firm's profile and where it came from: the firm itself, an officer, or another service's event.</summary>
public sealed record ProfileFact(JsonElement Value, string Source, string? Reference, DateTimeOffset AsOf);

/// <summary>Where profile facts come from.</summary>
public static class FactSources
{
    public const string Firm = "firm";
    public const string Officer = "officer";
    public const string LoanDisbursed = "finance:LoanDisbursed";
    public const string WhitelistChanged = "finance:WhitelistChanged";
    public const string TalentCertified = "talent:TalentCertified";
    public const string HireConfirmed = "talent:HireConfirmed";
    public const string ProjectReadyForConstruction = "approval:ProjectReadyForConstruction";
    public const string CaseClosed = "governance:CaseClosed";
    public const string CreditRepaired = "governance:CreditRepaired";
    public const string PenaltyRecorded = "governance:PenaltyRecorded";
}

/// <summary>
/// 一企一档: one firm's profile, field by field, each fact with its source and time. A field that is absent is
/// unknown — matching then says "unknown, please provide", never "not eligible".
/// </summary>
public sealed class FirmProfile
{
    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary>Registered name; empty while the profile only holds facts learnt from events.</summary>
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

    /// <summary>Sets a fact; returns the change (or null when the value is the same as before).</summary>
    public ProfileFactChange? SetFact(string field, JsonElement value, string source, string? reference, DateTimeOffset asOf, DateTimeOffset now)
    {
        var old = Facts.GetValueOrDefault(field);
        if (old is not null && JsonElement.DeepEquals(old.Value, value))
        {
            return null;
        }
        // A new dictionary so change tracking sees the jsonb column change.
        Facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal) { [field] = new(value.Clone(), source, reference, asOf) };
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old?.Value, value, source, reference, asOf, now);
    }

    public ProfileFactChange? RemoveFact(string field, string source, DateTimeOffset now)
    {
        if (!Facts.TryGetValue(field, out var old))
        {
            return null;
        }
        var facts = new Dictionary<string, ProfileFact>(Facts, StringComparer.Ordinal);
        facts.Remove(field);
        Facts = facts;
        UpdatedAt = now;
        return ProfileFactChange.Record(CreditCode, field, old.Value, null, source, null, now, now);
    }

    /// <summary>Adds to a numeric fact (a loan, a hire, a certified talent); an unknown count starts from zero.</summary>
    public ProfileFactChange? Increment(string field, decimal by, string source, string? reference, DateTimeOffset asOf, DateTimeOffset now)
    {
        var current = Number(field) ?? 0m;
        return SetFact(field, JsonSerializer.SerializeToElement(Math.Max(0m, current + by)), source, reference, asOf, now);
    }

    public decimal? Number(string field) =>
        Facts.TryGetValue(field, out var fact) && fact.Value.ValueKind == JsonValueKind.Number ? fact.Value.GetDecimal() : null;

    /// <summary>The facts as the rule engine reads them.</summary>
    public Facts ToFacts()
    {
        var facts = new Facts();
        foreach (var (key, fact) in Facts)
        {
            if (ProfileFields.Find(key) is not { } field)
            {
                continue;
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
        return facts;
    }
}

/// <summary>Append-only history of a profile: what changed, from what to what, on whose word, when.</summary>
public sealed class ProfileFactChange
{
    public long Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    public string Field { get; private set; } = "";

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public string Source { get; private set; } = "";

    public string? Reference { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    private ProfileFactChange()
    {
    }

    internal static ProfileFactChange Record(
        string creditCode, string field, JsonElement? oldValue, JsonElement? newValue, string source, string? reference, DateTimeOffset asOf, DateTimeOffset now) => new()
        {
            CreditCode = creditCode,
            Field = field,
            OldValue = oldValue?.GetRawText(),
            NewValue = newValue?.GetRawText(),
            Source = source,
            Reference = reference,
            AsOf = asOf,
            RecordedAt = now,
        };
}
