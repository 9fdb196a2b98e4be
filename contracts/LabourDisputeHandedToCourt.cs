namespace Qingmeng.Contracts;

/// <summary>
/// 裁审衔接 after the award: execution was applied for (申请强制执行) or the dispute was referred to court (诉讼衔接), with
/// the court and the liaison officer (联络员) who follows it through 快立、快审、快执、快结.
/// </summary>
[ExternalConsumers("裁审衔接: the court's liaison officer opens the green-channel file from this event")]
[PartitionKey(nameof(LabourDisputeHandedToCourt.DisputeId))]
public sealed record LabourDisputeHandedToCourt(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string Route,
    string CourtName,
    string LiaisonOfficer,
    DateTimeOffset HandedOverAt) : IntegrationEvent;
