using System.ComponentModel.DataAnnotations;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Finance.Apis;

public sealed record FinancingNeedRequest(
    [property: Range(1, 1_000_000_000)] decimal Amount,
    [property: Range(1, 360)] int TermMonths,
    [property: Required, StringLength(500, MinimumLength = 2)] string Purpose,
    [property: UnifiedSocialCreditCode] string? CreditCode);

public sealed record FinancingNeedView(
    Guid Id, string CreditCode, decimal Amount, int TermMonths, string Purpose, int EligibleProducts, DateTimeOffset CreatedAt,
    FinancingNeedOrigin Origin, Guid? ProjectId, string? ProjectName, decimal? ProjectInvestment)
{
    public static FinancingNeedView From(FinancingNeed n) => new(
        n.Id, n.CreditCode, n.Amount, n.TermMonths, n.Purpose, n.EligibleProducts, n.CreatedAt, n.Origin, n.ProjectId, n.ProjectName, n.ProjectInvestment);
}

public sealed record NeedQuery(string? CreditCode);
