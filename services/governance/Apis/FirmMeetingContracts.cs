using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record MeetingIssueRequest(
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Description,
    [property: StringLength(32, MinimumLength = 2)] string? ModuleCode = null,
    [property: StringLength(32, MinimumLength = 2)] string? ServiceCode = null);

public sealed record RecordMeetingRequest(
    [property: Required, StringLength(32, MinimumLength = 2)] string Kind,
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required] DateTimeOffset? HeldAt,
    [property: Required, MinLength(1), MaxLength(50)] IReadOnlyList<MeetingIssueRequest> Issues,
    [property: StringLength(200)] string? Place = null,
    [property: StringLength(100)] string? Chair = null);

public sealed record MeetingQuery(FirmMeetingKind? Kind);
