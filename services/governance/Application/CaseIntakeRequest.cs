using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Application;

/// <summary>What a new case is, whichever channel brought it.</summary>
public sealed record CaseIntakeRequest(
    CaseChannel Channel,
    string ModuleCode,
    string? ServiceCode,
    string Title,
    string Description,
    string? CreditCode,
    string? ContactPhone,
    string? Place,
    string? IdempotencyKey,
    string? SourceReference = null,
    CaseSubmissionDetails? Details = null);
