using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

public sealed record DispatchCaseRequest(
    [property: Required, StringLength(16, MinimumLength = 2)] string LeadDepartmentCode,
    [property: MaxLength(10)] string[]? CoHandlerDepartmentCodes);

public sealed record ReturnCaseRequest(
    [property: Required] ReturnReason? ReasonCode,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record CloseCaseRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Resolution);
