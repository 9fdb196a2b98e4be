namespace Qingmeng.Contracts;

/// <summary>
/// 前置预警: wage-arrears cases, repeated complaints or group claims against one firm crossed a threshold. A LABOUR case
/// (<paramref name="CaseId"/>) was opened and dispatched to the arbitration commission to intervene early.
/// </summary>
[ExternalConsumers("前置预警: the arbitration commission and the court's liaison officer are told before claims arrive in numbers")]
[PartitionKey(nameof(LabourEarlyWarningRaised.CreditCode))]
public sealed record LabourEarlyWarningRaised(
    Guid WarningId,
    string CreditCode,
    IReadOnlyList<string> Triggers,
    int WageArrearsCount,
    int ComplaintCount,
    int WorkerCount,
    Guid CaseId) : IntegrationEvent;
