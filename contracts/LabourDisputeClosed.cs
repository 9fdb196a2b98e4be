namespace Qingmeng.Contracts;

/// <summary>A labour dispute was closed (结案): performed, enforced, concluded in court, or refused/dismissed.</summary>
[ExternalConsumers("数据共享: the arbitration commission's and the court's case systems close their files")]
[PartitionKey(nameof(LabourDisputeClosed.DisputeId))]
public sealed record LabourDisputeClosed(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string Closure,
    Guid? CaseId) : IntegrationEvent;
