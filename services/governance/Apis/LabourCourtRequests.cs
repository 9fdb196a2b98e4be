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

public sealed record LabourCourtReferralRequest(
    [property: Required] LabourCourtRoute? Route,
    [property: Required, StringLength(200, MinimumLength = 2)] string CourtName,
    [property: Required, StringLength(50, MinimumLength = 2)] string LiaisonOfficer);

public sealed record LabourCourtStageRequest(
    [property: Required] LabourCourtStage? Stage,
    [property: StringLength(1000)] string? Note = null);
