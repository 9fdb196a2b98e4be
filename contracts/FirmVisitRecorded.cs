namespace Qingmeng.Contracts;

/// <summary>政企沟通: a cadre assigned to a firm (百名干部进企业) visited it; <paramref name="CaseIds"/> follow up what the firm raised.</summary>
[ExternalConsumers("政企沟通: the zone's 百名干部进企业 ledger and the firm's service account (企业服务专员) read the visits")]
[PartitionKey(nameof(FirmVisitRecorded.CreditCode))]
public sealed record FirmVisitRecorded(Guid VisitId, Guid AssignmentId, string CreditCode, string CadreSubject, DateTimeOffset VisitedAt, IReadOnlyList<Guid> CaseIds) : IntegrationEvent;
