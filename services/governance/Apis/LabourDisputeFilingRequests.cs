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

public sealed record FileLabourDisputeRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string ApplicantName,
    [property: Required, ResidentId] string ApplicantIdNumber,
    [property: MobileNumber] string? ApplicantPhone,
    [property: Required, UnifiedSocialCreditCode] string RespondentCreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string RespondentName,
    [property: Required] LabourClaimType? ClaimType,
    [property: Range(0, 100_000_000)] decimal ClaimedAmount,
    [property: Required] bool? WageArrears,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Facts,
    [property: Range(1, 10_000)] int WorkerCount = 1,
    Guid? CaseId = null);

public sealed record RefuseLabourDisputeRequest(
    [property: Required] LabourRefusalReason? ReasonCode,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record LabourExtensionRequest(
    [property: Range(1, LabourDeadlines.MaxExtensionDays)] int Days,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);
