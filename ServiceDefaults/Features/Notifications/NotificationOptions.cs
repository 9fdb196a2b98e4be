namespace Qingmeng.ServiceDefaults.Notifications;

/// <summary>The <c>Notifications</c> section.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>At most this many messages to one recipient in any hour; the rest are throttled.</summary>
    public int MaxPerRecipientPerHour { get; set; } = 5;

    /// <summary>How long a sender's claim on a message lasts; a message whose sender crashed is sent again after it.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The first wait before a failed message is tried again; it doubles per attempt, up to an hour.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The background sender gives up on a message after this many attempts (a caller may still send its key again).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How often each replica looks for throttled, failed or abandoned messages that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages taken per round by the background sender.</summary>
    public int BatchSize { get; set; } = 50;

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
