using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;

namespace Qingmeng.Approval.Consumers;

/// <summary>
/// Finds the overdue task a governance case supervises. Governance's events carry no approval reference field, so:
/// a case already linked to a task; else a case whose title names the task id; else the firm's most recently
/// reported overdue task (without a closed supervision) whose sub-item name appears in the title.
/// </summary>
internal static class SupervisionCases
{
    public static async Task<ApprovalTask?> FindTaskAsync(ApprovalContext db, Guid caseId, string title, string? creditCode, CancellationToken cancellationToken)
    {
        if (await db.Tasks.FirstOrDefaultAsync(t => t.SupervisionCaseId == caseId, cancellationToken) is { } linked)
        {
            return linked;
        }
        var overdue = db.Tasks.Where(t => t.OverdueNotifiedAt != null);
        foreach (var id in GuidsIn(title))
        {
            if (await overdue.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } named)
            {
                return named;
            }
        }
        if (creditCode is null)
        {
            return null;
        }
        var candidates = await overdue
            .Where(t => t.CreditCode == creditCode && t.SupervisionClosedAt == null && t.SupervisionCaseId == null)
            .OrderByDescending(t => t.OverdueNotifiedAt)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(t => title.Contains(t.SubItemName, StringComparison.Ordinal) || title.Contains(t.SubItemCode, StringComparison.Ordinal));
    }

    private static IEnumerable<Guid> GuidsIn(string text)
    {
        for (var i = 0; i + 32 <= text.Length; i++)
        {
            if (i + 36 <= text.Length && Guid.TryParseExact(text.AsSpan(i, 36), "D", out var dashed))
            {
                yield return dashed;
            }
            else if (Guid.TryParseExact(text.AsSpan(i, 32), "N", out var plain))
            {
                yield return plain;
            }
        }
    }
}
