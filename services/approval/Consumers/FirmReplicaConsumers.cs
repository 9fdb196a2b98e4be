using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>A firm entered the zone's register: the replica learns it.</summary>
public sealed class FirmRegisteredConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmRegistered, ApprovalContext>(services)
{
    protected override Task HandleAsync(FirmRegistered message, ApprovalContext db, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}

/// <summary>A registered firm's facts were corrected: the replica follows, unless it already holds newer ones.</summary>
public sealed class FirmUpdatedConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<FirmUpdated, ApprovalContext>(services)
{
    protected override Task HandleAsync(FirmUpdated message, ApprovalContext db, CancellationToken cancellationToken) =>
        FirmReplica.ApplyAsync(db, message.CreditCode, message.Name, message.IndustryCode, message.SizeClass, message.Location, message.RegisteredOn,
            message.OccurredAt, time.GetUtcNow(), cancellationToken);
}

/// <summary>Keeps the local replica of the firm register (<see cref="RegisteredFirm"/>), audited as the register's change.</summary>
internal static class FirmReplica
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
