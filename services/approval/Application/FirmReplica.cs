using Microsoft.EntityFrameworkCore;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Application;

/// <summary>Keeps the local replica of the firm register (<see cref="RegisteredFirm"/>), audited as the register's change.</summary>
public static class FirmReplica
{
    /// <summary>The firm register (governance) as the actor of a replicated change.</summary>
    public static readonly PlatformUser Register = PlatformUser.System("service:governance", "注册企业名录");

    public static async Task ApplyAsync(
        ApprovalContext db, string creditCode, string name, string industryCode, string sizeClass, string location, DateOnly registeredOn,
        DateTimeOffset asOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firm = await db.Firms.FirstOrDefaultAsync(f => f.CreditCode == creditCode, cancellationToken);
        if (firm is null)
        {
            firm = RegisteredFirm.Learn(creditCode, now);
            db.Firms.Add(firm);
        }
        if (firm.Apply(name, industryCode, sizeClass, location, registeredOn, asOf, now))
        {
            db.AddAudit(Register, "firm.replicated", "firm", creditCode, now);
        }
    }
}
