namespace Qingmeng.Contracts;

/// <summary>
/// A case (工单) was accepted from any channel. Personal data is never carried in clear.
/// <paramref name="DuplicateOfCaseId"/> names the earlier open case it repeats (linked, not dropped); null when it is
/// new or when the publisher predates the member. <paramref name="SupervisedProjectId"/> and
/// <paramref name="SupervisedTaskId"/> name the approval task a 督办 case was opened for (<see cref="ApprovalTaskOverdue"/>);
/// null for every other case and when the publisher predates the members.
/// </summary>
[PartitionKey(nameof(CaseFiled.CreditCode), nameof(CaseFiled.CaseId))]
public sealed record CaseFiled(
    Guid CaseId,
    string CaseNumber,
    string Channel,
    string ModuleCode,
    string Title,
    string? CreditCode,
    Guid? DuplicateOfCaseId = null,
    Guid? SupervisedProjectId = null,
    Guid? SupervisedTaskId = null) : IntegrationEvent;
