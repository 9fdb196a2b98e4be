namespace Qingmeng.Contracts;

/// <summary>政企沟通: an 早午晚餐会, 恳谈会 or 困难问题会商会 was held; each issue raised became one of <paramref name="CaseIds"/>.</summary>
[ExternalConsumers("政企沟通: the zone leadership's meeting minutes (会议纪要) list the issues and their cases")]
[PartitionKey(nameof(FirmMeetingHeld.MeetingId))]
public sealed record FirmMeetingHeld(Guid MeetingId, string Kind, DateTimeOffset HeldAt, IReadOnlyList<Guid> CaseIds) : IntegrationEvent;
