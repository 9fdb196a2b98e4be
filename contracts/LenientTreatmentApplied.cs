namespace Qingmeng.Contracts;

/// <summary>
/// 包容审慎 applied (微错容纠): an offence on the zone's lists was not penalised (<c>NoPenalty</c>, 不予处罚) or was
/// penalised less (<c>ReducedPenalty</c>, published beside its <see cref="PenaltyRecorded"/>). A no-penalty decision is
/// not a penalty and never reaches the firm's credit standing.
/// </summary>
[PartitionKey(nameof(LenientTreatmentApplied.CreditCode))]
public sealed record LenientTreatmentApplied(
    string CreditCode,
    string Reference,
    string RuleCode,
    string Treatment,
    string? DepartmentCode,
    DateOnly DecidedOn) : IntegrationEvent;
