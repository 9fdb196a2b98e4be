using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record CaseNoteRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Text);

public sealed record ExtensionRequest(
    [property: Range(1, 30)] int WorkingDays,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);
