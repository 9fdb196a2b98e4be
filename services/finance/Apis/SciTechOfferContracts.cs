using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Apis;

public sealed record SciTechOfferQuery(SciTechLoanOfferStatus? Status, string? CreditCode);

public sealed record SciTechProductView(string Code, string Name, string BankCode, decimal MaxAmount, int MaxTermMonths);

public sealed record SciTechOfferView(
    Guid Id, string CreditCode, int HighLevelTalents, string HighestTier, SciTechLoanOfferStatus Status,
    DateTimeOffset OfferedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RespondedAt, IReadOnlyList<SciTechProductView> Products);
