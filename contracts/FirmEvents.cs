namespace Qingmeng.Contracts;

/// <summary>
/// 注册企业: the zone administration (governance, owner of the firm register) registered a firm. Services that use firm
/// facts keep a local replica from this event and <see cref="FirmUpdated"/> instead of seeding their own copy.
/// <paramref name="SizeClass"/> is 大型, 中型, 小型 or 微型 (大中小微企业划型标准规定); <paramref name="IndustryCode"/> is the GB/T 4754
/// class the firm is registered under (e.g. C39).
/// </summary>
[PartitionKey(nameof(FirmRegistered.CreditCode))]
public sealed record FirmRegistered(
    string CreditCode,
    string Name,
    string IndustryCode,
    string SizeClass,
    string Location,
    DateOnly RegisteredOn) : IntegrationEvent;

/// <summary>A registered firm's facts were corrected or changed (the whole record as it now stands, so a replica only keeps the newest).</summary>
[PartitionKey(nameof(FirmUpdated.CreditCode))]
public sealed record FirmUpdated(
    string CreditCode,
    string Name,
    string IndustryCode,
    string SizeClass,
    string Location,
    DateOnly RegisteredOn) : IntegrationEvent;
