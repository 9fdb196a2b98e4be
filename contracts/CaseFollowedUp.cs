namespace Qingmeng.Contracts;

/// <summary>
/// 回访: the filer was asked whether the case was resolved to their satisfaction. An unsatisfied follow-up
/// reopens the case (重办); a later <see cref="CaseClosed"/> closes it again.
/// </summary>
[PartitionKey(nameof(CaseFollowedUp.CreditCode), nameof(CaseFollowedUp.CaseId))]
public sealed record CaseFollowedUp(
    Guid CaseId,
    string CaseNumber,
    string ModuleCode,
    bool Satisfied,
    string? CreditCode) : IntegrationEvent;
