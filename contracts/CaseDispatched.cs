namespace Qingmeng.Contracts;

/// <summary>The centre dispatched a case to a lead department and optional co-handlers.</summary>
[PartitionKey(nameof(CaseDispatched.CaseId))]
public sealed record CaseDispatched(
    Guid CaseId,
    string CaseNumber,
    string LeadDepartmentCode,
    IReadOnlyList<string> CoHandlerDepartmentCodes,
    DateTimeOffset SignForDueAt) : IntegrationEvent;
