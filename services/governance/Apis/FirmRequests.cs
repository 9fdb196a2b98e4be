using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record RegisterFirmRequest(
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, RegularExpression("^[A-Ta-t][0-9]{0,4}$", ErrorMessage = "行业代码须为国民经济行业分类代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    [property: Required, StringLength(8)] string SizeClass,
    [property: Required, StringLength(100, MinimumLength = 2)] string Location,
    [property: Required] DateOnly? RegisteredOn);

public sealed record UpdateFirmRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, RegularExpression("^[A-Ta-t][0-9]{0,4}$", ErrorMessage = "行业代码须为国民经济行业分类代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    [property: Required, StringLength(8)] string SizeClass,
    [property: Required, StringLength(100, MinimumLength = 2)] string Location,
    [property: Required] DateOnly? RegisteredOn);
