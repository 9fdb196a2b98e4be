namespace Qingmeng.Contracts;

/// <summary>The arbitration commission decided on a labour-dispute application: accepted (受理) or refused (不予受理, with the coded reason).</summary>
[ExternalConsumers("数据共享: a refused applicant may sue at once, so the court's filing desk reads acceptance decisions")]
[PartitionKey(nameof(LabourDisputeDecided.DisputeId))]
public sealed record LabourDisputeDecided(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    bool Accepted,
    string? RefusalReason,
    DateTimeOffset? AwardDueAt) : IntegrationEvent;
