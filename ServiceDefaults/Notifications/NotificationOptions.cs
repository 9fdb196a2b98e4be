namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>The <c>Notifications</c> section.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>At most this many messages to one recipient in any hour; the rest are throttled.</summary>
    public int MaxPerRecipientPerHour { get; set; } = 5;

    /// <summary>A MAS-style SMS gateway; without an endpoint, messages are only stored (the local sink).</summary>
    public SmsGatewayOptions SmsGateway { get; set; } = new();
}

public sealed class SmsGatewayOptions
{
    /// <summary>e.g. https://mas.example.gov.cn/sms/submit; messages are POSTed as JSON.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The zone's account at the gateway (a secret: configuration or a Kubernetes Secret, never source).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The registered signature every SMS starts with.</summary>
    public string Signature { get; set; } = "【清濛】";
}
