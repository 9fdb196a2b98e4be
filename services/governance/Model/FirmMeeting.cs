namespace Qingmeng.Governance.Model;

/// <summary>A government–firm meeting; each issue raised in it is filed as a case and followed like any other.</summary>
public sealed class FirmMeeting
{
    private FirmMeeting()
    {
    }

    public Guid Id { get; private set; }

    public FirmMeetingKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public DateTimeOffset HeldAt { get; private set; }

    public string? Place { get; private set; }

    /// <summary>Who chaired it (e.g. the zone's leader on duty).</summary>
    public string? Chair { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static FirmMeeting Record(FirmMeetingKind kind, string title, DateTimeOffset heldAt, string? place, string? chair, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Kind = kind,
        Title = title,
        HeldAt = heldAt,
        Place = place,
        Chair = chair,
        RecordedBy = recordedBy,
        RecordedAt = now,
    };

    public string SourceReference(int issue) => $"meeting:{Id:N}:{issue}";
}

/// <summary>The zone's standing government–firm meetings.</summary>
public enum FirmMeetingKind
{
    /// <summary>政企“早午晚餐会”.</summary>
    MealMeeting,

    /// <summary>民营企业恳谈会.</summary>
    PrivateEnterpriseRoundtable,

    /// <summary>企业困难问题会商会.</summary>
    DifficultiesConsultation,
}
