using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Model;

/// <summary>
/// 注册企业: a firm in the zone's register, which the zone administration owns for the whole platform. Other services
/// keep replicas from its <c>FirmRegistered</c> and <c>FirmUpdated</c> events.
/// </summary>
public sealed class RegisteredFirm
{
    /// <summary>企业规模 (大中小微企业划型标准规定).</summary>
    public static readonly IReadOnlyList<string> SizeClasses = ["大型", "中型", "小型", "微型"];

    private RegisteredFirm()
    {
    }

    /// <summary>统一社会信用代码, normalised; the key.</summary>
    public string CreditCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>GB/T 4754 industry class, e.g. C39.</summary>
    public string IndustryCode { get; private set; } = "";

    public string SizeClass { get; private set; } = "";

    /// <summary>The park or area of the zone the firm is in, e.g. 清濛园区.</summary>
    public string Location { get; private set; } = "";

    /// <summary>The date of its business registration (成立日期).</summary>
    public DateOnly RegisteredOn { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static RegisteredFirm Register(string creditCode, FirmFacts facts, string recordedBy, DateTimeOffset now)
    {
        var firm = new RegisteredFirm { CreditCode = creditCode, RecordedBy = recordedBy, RecordedAt = now };
        firm.Apply(facts);
        return firm;
    }

    /// <summary>The register's form of a credit code: trimmed, upper case.</summary>
    public static string Normalise(string creditCode) => creditCode.Trim().ToUpperInvariant();

    /// <summary>The rules the request annotations cannot state: the check characters, the size classes, a date not in the future.</summary>
    public static Failure? Check(string creditCode, FirmFacts facts, DateOnly today)
    {
        if (UnifiedSocialCreditCode.Validate(creditCode) is { } invalid)
        {
            return Failure.Invalid("creditCode", invalid);
        }
        if (!SizeClasses.Contains(facts.SizeClass.Trim()))
        {
            return Failure.Unprocessable(
                "sizeClass", $"企业规模须为 {string.Join("、", SizeClasses)} 之一 (sizeClass must be one of {string.Join(", ", SizeClasses)})");
        }
        if (facts.RegisteredOn > today)
        {
            return Failure.Unprocessable("registeredOn", "成立日期不能晚于今天 (registeredOn cannot be in the future)");
        }
        return null;
    }

    /// <summary>The event other services replicate a newly registered firm from.</summary>
    public FirmRegistered Registered(DateTimeOffset now) =>
        new(CreditCode, Name, IndustryCode, SizeClass, Location, RegisteredOn) { OccurredAt = now };

    /// <summary>The event other services replicate a corrected firm from.</summary>
    public FirmUpdated Updated(DateTimeOffset now) =>
        new(CreditCode, Name, IndustryCode, SizeClass, Location, RegisteredOn) { OccurredAt = now };

    /// <summary>Whether the register already holds exactly these facts (a retried registration).</summary>
    public bool Holds(FirmFacts facts) => Facts == facts;

    public FirmFacts Facts => new(Name, IndustryCode, SizeClass, Location, RegisteredOn);

    /// <summary>Changes the facts; false when they were already so (nothing to publish).</summary>
    public bool Update(FirmFacts facts, string updatedBy, DateTimeOffset now)
    {
        if (Holds(facts))
        {
            return false;
        }
        Apply(facts);
        UpdatedBy = updatedBy;
        UpdatedAt = now;
        return true;
    }

    private void Apply(FirmFacts facts)
    {
        Name = facts.Name;
        IndustryCode = facts.IndustryCode;
        SizeClass = facts.SizeClass;
        Location = facts.Location;
        RegisteredOn = facts.RegisteredOn;
    }
}

/// <summary>The facts of a registered firm other services replicate.</summary>
public sealed record FirmFacts(string Name, string IndustryCode, string SizeClass, string Location, DateOnly RegisteredOn)
{
    /// <summary>The facts as the register keeps them: trimmed, the industry code in upper case.</summary>
    public FirmFacts Trimmed() => new(Name.Trim(), IndustryCode.Trim().ToUpperInvariant(), SizeClass.Trim(), Location.Trim(), RegisteredOn);
}
