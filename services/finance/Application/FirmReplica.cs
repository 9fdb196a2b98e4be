using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults.Auditing;

namespace Qingmeng.Finance.Application;

/// <summary>Keeps the local replica of the firm register (<see cref="RegisteredFirm"/>), audited as the register's change.</summary>
public static class FirmReplica
{
    public static async Task ApplyAsync(
        FinanceContext db, string creditCode, string name, string industryCode, string sizeClass, string location, DateOnly registeredOn,
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
            db.AddAudit(EventActors.FirmRegister, "firm.replicated", "firm", creditCode, now);
        }
    }
}
