using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

/// <summary>An issue raised on a visit: the firm is the visited one; the case goes to 企业服务 (政企恳谈诉求) unless a category is named.</summary>
public sealed record VisitIssueRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Description,
    [property: StringLength(32, MinimumLength = 2)] string? ModuleCode = null,
    [property: StringLength(32, MinimumLength = 2)] string? ServiceCode = null);

public sealed record RecordVisitRequest(
    [property: Required] DateTimeOffset? VisitedAt,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Matters,
    [property: MaxLength(20)] IReadOnlyList<VisitIssueRequest>? Issues = null);

public sealed record FirmVisitView(
    Guid Id, Guid AssignmentId, string CreditCode, string VisitedBy, string VisitorName, DateTimeOffset VisitedAt, string Matters, IReadOnlyList<EngagementIssueView> Issues);
