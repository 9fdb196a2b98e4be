using System.ComponentModel.DataAnnotations;
using Qingmeng.Governance.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

public sealed record FileCaseRequest(
    [property: Required] CaseChannel? Channel,
    [property: Required, RegularExpression("^[A-Z][A-Z0-9-]{1,31}$", ErrorMessage = "moduleCode 须为大写编码，如 ECON-RUN (moduleCode must be an upper-case code such as ECON-RUN)")] string ModuleCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Description,
    [property: UnifiedSocialCreditCode] string? CreditCode,
    [property: MobileNumber] string? ContactPhone,
    [property: RegularExpression("^[A-Z][A-Z0-9-]{1,31}$", ErrorMessage = "serviceCode 须为大写编码，如 ECON-RUN-01 (serviceCode must be an upper-case code such as ECON-RUN-01)")] string? ServiceCode = null,
    [property: StringLength(200)] string? Place = null);

public sealed record CaseQuery(CaseStatus? Status, string? ModuleCode, string? DepartmentCode);

/// <summary>Shown to the dispatcher before dispatching: the recommended department, its predicted completion and every candidate.</summary>
public sealed record DispatchRecommendation(
    string RecommendedDepartmentCode, int PredictedWorkingDays, DateTimeOffset PredictedCompletionAt, IReadOnlyList<DepartmentAdvice> Candidates);
