namespace Qingmeng.Contracts;

/// <summary>
/// 申报辅导: an officer guided a firm through applying for a policy's funds (the chain 条件筛选—精准匹配—申报辅导—资金兑现);
/// <paramref name="GuidedOn"/> is the China date of the guidance. One event per guided project (firm and policy).
/// </summary>
[PartitionKey(nameof(ApplicationGuided.CreditCode))]
public sealed record ApplicationGuided(Guid GuidanceId, string CreditCode, string PolicyCode, DateOnly GuidedOn) : IntegrationEvent;
