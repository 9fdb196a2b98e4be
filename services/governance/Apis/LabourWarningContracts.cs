using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Apis;

public sealed record ResolveLabourWarningRequest(
    [property: Required, StringLength(2000, MinimumLength = 2)] string Resolution);

public sealed record LabourWarningQuery(bool? Resolved, [property: UnifiedSocialCreditCode] string? CreditCode);

/// <summary>A 前置预警 as the arbitration commission sees it.</summary>
public sealed record LabourWarningView(
    Guid Id,
    string CreditCode,
    IReadOnlyList<LabourWarningTrigger> Triggers,
    int WageArrearsCount,
    int ComplaintCount,
    int WorkerCount,
    DateTimeOffset RaisedAt,
    Guid CaseId,
    string CaseNumber,
    DateTimeOffset? ResolvedAt,
    string? Resolution)
{
    public static LabourWarningView From(LabourEarlyWarning w) => new(
        w.Id, w.CreditCode, w.Triggers, w.WageArrearsCount, w.ComplaintCount, w.WorkerCount, w.RaisedAt, w.CaseId, w.CaseNumber, w.ResolvedAt, w.Resolution);
}
