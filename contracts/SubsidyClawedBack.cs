namespace Qingmeng.Contracts;

/// <summary>
/// A subsidy payment is to be recovered (追回) because a fact behind it was corrected: the whole payment
/// <paramref name="PaymentId"/> (the <see cref="SubsidyDisbursed.DisbursementId"/> it reverses), paid on
/// <paramref name="PaidOn"/> (China date). At most one per payment.
/// </summary>
[PartitionKey(nameof(SubsidyClawedBack.CreditCode))]
public sealed record SubsidyClawedBack(
    Guid ClawbackId,
    Guid PaymentId,
    string PolicyCode,
    int PolicyVersion,
    string CreditCode,
    decimal Amount,
    string Period,
    DateOnly PaidOn,
    string Reason) : IntegrationEvent;
