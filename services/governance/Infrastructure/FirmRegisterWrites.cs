using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Infrastructure;

/// <summary>
/// How a change to the firm register is written, for the register's use case and the demo seeder alike: the record,
/// its event in the outbox and the audit entry, all saved by the caller's one <c>SaveChanges</c>.
/// </summary>
public static class FirmRegisterWrites
{
    public static void AddRegisteredFirm(this GovernanceContext db, RegisteredFirm firm, PlatformUser user, DateTimeOffset now)
    {
        db.Firms.Add(firm);
        db.AddIntegrationEvent(firm.Registered(now), aggregateKey: firm.CreditCode);
        db.AddAudit(user, "firm.registered", "firm", firm.CreditCode, now);
    }

    public static void RecordFirmUpdated(this GovernanceContext db, RegisteredFirm firm, PlatformUser user, DateTimeOffset now)
    {
        db.AddIntegrationEvent(firm.Updated(now), aggregateKey: firm.CreditCode);
        db.AddAudit(user, "firm.updated", "firm", firm.CreditCode, now);
    }
}
