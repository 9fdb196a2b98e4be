using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Governance.Apis;

public sealed record CreditRepairEvidenceItem(
    [property: Required, StringLength(500, MinimumLength = 2)] string Description,
    [property: Required, StringLength(200, MinimumLength = 1)] string Reference);

public sealed record CreditRepairApplicationRequest(
    [property: Required, StringLength(100, MinimumLength = 4)] string PenaltyReference,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Commitment,
    [property: Required, MinLength(1), MaxLength(20)] CreditRepairEvidenceItem[] Evidence);
