using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Apis;

public sealed record LabourAwardRequest(
    [property: Required] LabourAwardOutcome? Outcome,
    [property: Range(0, 100_000_000)] decimal? AwardedAmount,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Summary);

public sealed record LabourPerformedRequest(
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);
