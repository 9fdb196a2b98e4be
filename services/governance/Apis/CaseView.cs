using System.ComponentModel.DataAnnotations;
using Qingmeng.Governance.Application;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

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
