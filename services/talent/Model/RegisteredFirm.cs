namespace Qingmeng.Talent.Model;

/// <summary>
/// 注册企业 as the zone's firm register (governance, its owner) published it: a read-only replica kept from
/// <c>FirmRegistered</c> and <c>FirmUpdated</c>, so this service names a firm the way the register does instead of
/// keeping its own copy. <see cref="AsOf"/> is the time of the event it holds, so a late older event changes nothing.
/// </summary>
public sealed class RegisteredFirm
{
    private RegisteredFirm()
    {
    }

    public string CreditCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string IndustryCode { get; private set; } = "";

    public string SizeClass { get; private set; } = "";

    public string Location { get; private set; } = "";

    public DateOnly RegisteredOn { get; private set; }

    public DateTimeOffset AsOf { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static RegisteredFirm Learn(string creditCode, DateTimeOffset now) => new() { CreditCode = creditCode, AsOf = DateTimeOffset.MinValue, UpdatedAt = now };

    /// <summary>Takes the register's facts as of <paramref name="asOf"/>; false when the replica already holds newer ones.</summary>
    public bool Apply(string name, string industryCode, string sizeClass, string location, DateOnly registeredOn, DateTimeOffset asOf, DateTimeOffset now)
    {
        if (asOf < AsOf)
        {
            return false;
        }
        Name = name;
        IndustryCode = industryCode;
        SizeClass = sizeClass;
        Location = location;
        RegisteredOn = registeredOn;
        AsOf = asOf;
        UpdatedAt = now;
        return true;
    }
}
