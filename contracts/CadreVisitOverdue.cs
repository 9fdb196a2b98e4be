namespace Qingmeng.Contracts;

/// <summary>领导干部联系企业: an assigned firm was not visited by <paramref name="VisitDueAt"/>.</summary>
[ExternalConsumers("政企沟通: the organisation department (组织部) checks the cadres' visit duty")]
[PartitionKey(nameof(CadreVisitOverdue.CreditCode))]
public sealed record CadreVisitOverdue(Guid AssignmentId, string CreditCode, string CadreSubject, DateTimeOffset VisitDueAt) : IntegrationEvent;
