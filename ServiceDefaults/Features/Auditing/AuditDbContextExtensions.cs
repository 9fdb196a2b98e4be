using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.ServiceDefaults.Auditing;

public static class AuditDbContextExtensions
{
    /// <summary>Stages an audit record; it is saved by the same SaveChanges as the change it describes.</summary>
    public static void AddAudit(this DbContext context, PlatformUser user, string action, string resourceType, string resourceId, DateTimeOffset now) =>
        context.Set<AuditRecord>().Add(AuditRecord.Create(
            now, user.Subject, user.PrimaryRole, action, resourceType, resourceId, Activity.Current?.TraceId.ToHexString()));
}
