using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Eligibility;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record CreateUnitRequest(
    [property: Required, StringLength(50, MinimumLength = 1)] string Building,
    [property: Required, StringLength(20, MinimumLength = 1)] string UnitNumber,
    [property: Range(1, 6)] int Bedrooms,
    [property: Range(typeof(decimal), "10", "500")] decimal AreaSquareMetres,
    [property: Range(typeof(decimal), "0", "100000")] decimal MonthlyRent,
    [property: Required] TalentTier? MinTier);

public sealed record EligibilityRequest([property: Required, ResidentId] string ResidentIdNumber);

public sealed record HousingApplyRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string ApplicantName,
    [property: Required, MobileNumber] string Phone,
    [property: Required, ResidentId] string ResidentIdNumber);
