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

/// <summary>The officer's grant: what they verified (the fine paid, the offence corrected) and their reasons.</summary>
public sealed record CreditRepairGrantRequest(
    [property: Required] bool? FinePaid,
    [property: Required] bool? Corrected,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason);

public sealed record CreditRepairRefusalRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason);
