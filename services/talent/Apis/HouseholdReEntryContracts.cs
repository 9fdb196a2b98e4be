using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record ReEnterHouseholdRequest(
    [property: Required, Range(1, 20)] int? MembersCount,
    [property: Required] DifficultyType? DifficultyType,
    [property: Required, Range(typeof(decimal), "0", "100000")] decimal? IncomePerCapita,
    [property: Required, StringLength(300, MinimumLength = 2)] string Address,
    [property: Required, MobileNumber] string Phone,
    [property: StringLength(1000)] string? Note);

public sealed record HouseholdQuery(HouseholdStatus? Status, DifficultyType? DifficultyType, bool? ReviewOverdue);
