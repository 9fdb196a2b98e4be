using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Application;

/// <summary>
/// Duplicate rule: same category (module) and the same firm (credit code) or the same place, filed within the window
/// before the new case, and still open. The new case is linked to the first case of the chain, never dropped.
/// </summary>
public static class DuplicateDetector
{
    public static bool IsSameMatter(DuplicateCandidate filed, DuplicateCandidate earlier, TimeSpan window) =>
        earlier.Id != filed.Id
        && earlier.ModuleCode == filed.ModuleCode
        && earlier.FiledAt <= filed.FiledAt
        && filed.FiledAt - earlier.FiledAt <= window
        && CaseLifecycle.IsOpen(earlier.Status)
        && ((filed.CreditCode is not null && filed.CreditCode == earlier.CreditCode)
            || (filed.Place is not null && filed.Place == earlier.Place));

    public static Guid? FindEarlier(DuplicateCandidate filed, IEnumerable<DuplicateCandidate> earlier, TimeSpan window) =>
        earlier.Where(e => IsSameMatter(filed, e, window)).OrderBy(e => e.FiledAt).ThenBy(e => e.Id)
            .Select(e => (Guid?)(e.DuplicateOfCaseId ?? e.Id)).FirstOrDefault();
}

public sealed record DuplicateCandidate(Guid Id, string ModuleCode, string? CreditCode, string? Place, DateTimeOffset FiledAt, CaseStatus Status, Guid? DuplicateOfCaseId);
