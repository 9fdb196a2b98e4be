namespace Qingmeng.Finance.Model;

/// <summary>A bank in the zone's partner-bank mechanism (伙伴银行); its code is the BankCode claim of its officers and systems.</summary>
public sealed class PartnerBank
{
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Where the bank's loan desk is notified (a platform subject or the desk's mobile number).</summary>
    public string NotificationRecipient { get; private set; } = "";

    /// <summary>True for banks that signed the partner-bank agreement; others may still list products.</summary>
    public bool IsPartner { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    private PartnerBank()
    {
    }

    public static PartnerBank Create(string code, string name, string notificationRecipient, bool isPartner, DateOnly joinedOn) => new()
    {
        Code = code,
        Name = name,
        NotificationRecipient = notificationRecipient,
        IsPartner = isPartner,
        JoinedOn = joinedOn,
    };

    public void Update(string name, string notificationRecipient, bool isPartner)
    {
        Name = name;
        NotificationRecipient = notificationRecipient;
        IsPartner = isPartner;
    }
}
