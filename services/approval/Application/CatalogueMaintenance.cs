using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>What changes in a sub-item; a null part keeps the current value. <see cref="Note"/> says why.</summary>
public sealed record SubItemChange(
    string? Name, int? LimitWorkingDays, IReadOnlyList<string>? Materials, IReadOnlyList<string>? Prerequisites, bool? GatesGroundbreaking, string Note);

/// <summary>
/// Changes to the catalogue: an officer of a sub-item's department (or an admin) changes it, the whole catalogue is
/// validated again and published as the next version; running projects keep the version they were registered under.
/// </summary>
public sealed class CatalogueMaintenance(ApprovalContext db, TimeProvider time)
{
    public async Task<Outcome<CatalogueVersion>> ChangeSubItemAsync(string code, SubItemChange change, PlatformUser user, CancellationToken cancellationToken)
    {
        var current = await db.CatalogueVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync(cancellationToken);
        if (current.Document.Find(code) is not { } sub)
        {
            return Failure.NotFound("code", $"子项 {code} 不存在 (no sub-item {code})");
        }
        if (!user.IsInRole(PlatformRoles.Admin) && user.DepartmentCode != sub.DepartmentCode)
        {
            return Failure.Forbidden("", "")
                .Titled($"只有 {sub.DepartmentCode} 的工作人员（或管理员）可以维护子项 {code} (only officers of {sub.DepartmentCode} or an admin maintain sub-item {code})");
        }
        var changed = sub with
        {
            Name = change.Name ?? sub.Name,
            LimitWorkingDays = change.LimitWorkingDays ?? sub.LimitWorkingDays,
            Materials = change.Materials ?? sub.Materials,
            Prerequisites = change.Prerequisites ?? sub.Prerequisites,
            GatesGroundbreaking = change.GatesGroundbreaking ?? sub.GatesGroundbreaking,
        };
        var document = current.Document.WithSubItem(changed);
        if (document.Validate() is { Count: > 0 } errors)
        {
            // Every broken rule at once, each under its own field; the first names the problem's field.
            return Failure.Unprocessable(errors.Keys.First(), string.Join(" ", errors.SelectMany(e => e.Value)))
                .Titled("此修改会破坏事项目录 (the change would break the catalogue)")
                .With("errors", errors);
        }

        var now = time.GetUtcNow();
        var next = CatalogueVersion.Create(current.Version + 1, document, user.Subject, $"{code}: {change.Note}", now);
        db.CatalogueVersions.Add(next);
        db.AddAudit(user, "catalogue.published", "approval-catalogue", next.Version.ToString(CultureInfo.InvariantCulture), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Failure.Conflict("", "").Titled("同时已有其他目录版本发布，请刷新后重试 (another catalogue version was published at the same time; reload and retry)");
        }
        return next;
    }
}
