using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record RegisterHouseholdRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string HeadName,
    [property: Required, ResidentId] string ResidentIdNumber,
    [property: Required, MobileNumber] string Phone,
    [property: Required, Range(1, 20)] int? MembersCount,
    [property: Required] DifficultyType? DifficultyType,
    [property: UnifiedSocialCreditCode] string? EmployerCreditCode,
    [property: Required, StringLength(300, MinimumLength = 2)] string Address,
    [property: Required, Range(typeof(decimal), "0", "100000")] decimal? IncomePerCapita,
    [property: StringLength(1000)] string? Note);

public sealed record ReviewHouseholdRequest(
    [property: Required, Range(1, 20)] int? MembersCount,
    [property: Required] DifficultyType? DifficultyType,
    [property: Required, Range(typeof(decimal), "0", "100000")] decimal? IncomePerCapita,
    [property: StringLength(1000)] string? Note);

public sealed record ExitHouseholdRequest(
    [property: Required] ExitReason? Reason,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);
