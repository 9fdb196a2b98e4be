namespace Qingmeng.Contracts;

/// <summary>
/// 劳动争议仲裁申请 filed (数据共享 with the court and the arbitration commission's case system). Carries no personal data:
/// the respondent firm, the claim and the LABOUR case it is linked to (null when none yet).
/// </summary>
[ExternalConsumers("数据共享: the arbitration commission's and the intermediate court's case systems read the labour-dispute lifecycle")]
[PartitionKey(nameof(LabourDisputeFiled.DisputeId))]
public sealed record LabourDisputeFiled(
    Guid DisputeId,
    string Number,
    string RespondentCreditCode,
    string ClaimType,
    bool WageArrears,
    int WorkerCount,
    decimal ClaimedAmount,
    Guid? CaseId) : IntegrationEvent;
