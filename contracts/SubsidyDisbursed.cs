namespace Qingmeng.Contracts;

/// <summary>A subsidy was paid to a firm under a policy.</summary>
[PartitionKey(nameof(SubsidyDisbursed.CreditCode))]
public sealed record SubsidyDisbursed(
    Guid DisbursementId,
    string PolicyCode,
    int PolicyVersion,
    string CreditCode,
    decimal Amount,
    string Period) : IntegrationEvent;
