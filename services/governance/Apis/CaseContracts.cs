using System.ComponentModel.DataAnnotations;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record FileCaseRequest(
    [property: Required] CaseChannel? Channel,
    [property: Required, RegularExpression("^[A-Z][A-Z0-9-]{1,31}$", ErrorMessage = "moduleCode must be an upper-case code such as ECON-RUN.")] string ModuleCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Description,
    [property: UnifiedSocialCreditCode] string? CreditCode,
    [property: MobileNumber] string? ContactPhone);

public sealed record CloseCaseRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Resolution);

public sealed record CaseQuery(CaseStatus? Status, string? ModuleCode);

/// <summary>A case as callers see it; the contact phone is masked except for its owner and the handling officers (个人信息保护法).</summary>
public sealed record CaseView(
    Guid Id,
    string Number,
    CaseChannel Channel,
    string ModuleCode,
    string Title,
    string Description,
    string? CreditCode,
    string? ContactPhone,
    CaseStatus Status,
    string? Resolution,
    DateTimeOffset FiledAt,
    DateTimeOffset? ClosedAt)
{
    public static CaseView From(Case c, PlatformUser viewer) => new(
        c.Id, c.Number, c.Channel, c.ModuleCode, c.Title, c.Description, c.CreditCode,
        c.ContactPhone is null ? null : viewer.SeesContactInClear(c) ? c.ContactPhone : MobileNumber.Mask(c.ContactPhone),
        c.Status, c.Resolution, c.FiledAt, c.ClosedAt);
}
