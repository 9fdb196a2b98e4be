using System.ComponentModel.DataAnnotations;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

public sealed record FileCaseRequest(
    [property: Required] CaseChannel? Channel,
    [property: Required, RegularExpression("^[A-Z][A-Z0-9-]{1,31}$", ErrorMessage = "moduleCode 须为大写编码，如 ECON-RUN (moduleCode must be an upper-case code such as ECON-RUN)")] string ModuleCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required, StringLength(4000, MinimumLength = 2)] string Description,
    [property: UnifiedSocialCreditCode] string? CreditCode,
    [property: MobileNumber] string? ContactPhone,
    [property: RegularExpression("^[A-Z][A-Z0-9-]{1,31}$", ErrorMessage = "serviceCode 须为大写编码，如 ECON-RUN-01 (serviceCode must be an upper-case code such as ECON-RUN-01)")] string? ServiceCode = null,
    [property: StringLength(200)] string? Place = null);

public sealed record CloseCaseRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Resolution);

public sealed record DispatchCaseRequest(
    [property: Required, StringLength(16, MinimumLength = 2)] string LeadDepartmentCode,
    [property: MaxLength(10)] string[]? CoHandlerDepartmentCodes);

public sealed record ReturnCaseRequest(
    [property: Required] ReturnReason? ReasonCode,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Note);

public sealed record CaseNoteRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Text);

public sealed record ExtensionRequest(
    [property: Range(1, 30)] int WorkingDays,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record FollowUpRequest(
    [property: Required] bool? Satisfied,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Comment);

/// <summary>The filer's rating: checked by the case (422 naming <c>rating</c> or <c>comment</c>), not by attributes, so a missing or out-of-range rating is a business refusal like the rest.</summary>
public sealed record RateCaseRequest(int? Rating, string? Comment);

public sealed record CaseQuery(CaseStatus? Status, string? ModuleCode, string? DepartmentCode);

/// <summary>
/// A case as callers see it; the contact phone is masked except for its owner, the centre and the lead department, and the
/// complainant's e-mail and name are shown to those alone (个人信息保护法). <c>Address</c> is the address as written,
/// <c>Place</c> its normalised form.
/// </summary>
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
    DateTimeOffset? ClosedAt,
    string? ServiceCode,
    string? Place,
    Guid? DuplicateOfCaseId,
    string? LeadDepartmentCode,
    IReadOnlyList<CoHandlerView> CoHandlers,
    DateTimeOffset? SignForDueAt,
    DateTimeOffset? SignedForAt,
    DateTimeOffset? CompletionDueAt,
    int ReturnCount,
    int ReopenCount,
    bool? Satisfied,
    DateTimeOffset? EscalatedAt,
    string? Address = null,
    decimal? Latitude = null,
    decimal? Longitude = null,
    string? ContactEmail = null,
    string? ContactFirstName = null,
    string? ContactLastName = null,
    string? MediaUrl = null,
    // A deadline falls in a year whose holiday schedule the State Council has not confirmed: it may still move.
    bool Provisional = false,
    // The filer's own rating (1–5) when they rated the answer themselves; withheld like satisfaction.
    int? Rating = null)
{
    /// <summary>Shown instead of a complaint's own words to the firm it names.</summary>
    public const string WithheldDescription = "（投诉人陈述不向被投诉企业公开 — the complainant's statement is not shown to the firm）";

    public static CaseView From(Case c, PlatformUser viewer, WorkingDayCalendar calendar)
    {
        var withheld = viewer.WithholdsComplainantFrom(c);
        var contactInClear = !withheld && viewer.SeesContactInClear(c);
        return new(
            c.Id, c.Number, c.Channel, c.ModuleCode, c.Title, withheld ? WithheldDescription : c.Description, c.CreditCode,
            c.ContactPhone is null || withheld ? null : viewer.SeesContactInClear(c) ? c.ContactPhone : MobileNumber.Mask(c.ContactPhone),
            c.Status, c.Resolution, c.FiledAt, c.ClosedAt, c.ServiceCode, c.Place, c.DuplicateOfCaseId, c.LeadDepartmentCode,
            [.. c.CoHandlers.Select(h => new CoHandlerView(h.DepartmentCode, h.Report, h.ReportedAt))],
            c.SignForDueAt, c.SignedForAt, c.CompletionDueAt, c.ReturnCount, c.ReopenCount, withheld ? null : c.Satisfied, c.EscalatedAt,
            c.Address ?? c.Place, c.Latitude, c.Longitude,
            // E-mail and name identify the complainant more than a masked phone: in clear for the same readers, else nothing.
            contactInClear ? c.ContactEmail : null, contactInClear ? c.ContactFirstName : null, contactInClear ? c.ContactLastName : null,
            withheld ? null : c.MediaUrl,
            new[] { c.SignForDueAt, c.CompletionDueAt }.Any(due => due is { } at && calendar.IsProvisional(at)),
            withheld ? null : c.Rating);
    }
}

public sealed record CoHandlerView(string DepartmentCode, string? Report, DateTimeOffset? ReportedAt);

public sealed record CaseNoteView(Guid Id, CaseNoteKind Kind, string Author, string? DepartmentCode, string Text, DateTimeOffset At)
{
    public static CaseNoteView From(CaseNote n) => new(n.Id, n.Kind, n.Author, n.DepartmentCode, n.Text, n.At);
}

public sealed record ExtensionView(Guid Id, string DepartmentCode, int WorkingDays, string Reason, ExtensionStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt)
{
    public static ExtensionView From(CaseExtension e) => new(e.Id, e.DepartmentCode, e.WorkingDays, e.Reason, e.Status, e.RequestedAt, e.DecidedAt);
}

/// <summary>The case's timeline (every transition and progress note) and its extension requests.</summary>
public sealed record CaseTimelineView(Guid CaseId, string Number, CaseStatus Status, IReadOnlyList<CaseNoteView> Entries, IReadOnlyList<ExtensionView> Extensions);

/// <summary>Shown to the dispatcher before dispatching: the recommended department, its predicted completion and every candidate.</summary>
public sealed record DispatchRecommendation(
    string RecommendedDepartmentCode, int PredictedWorkingDays, DateTimeOffset PredictedCompletionAt, IReadOnlyList<DepartmentAdvice> Candidates);
