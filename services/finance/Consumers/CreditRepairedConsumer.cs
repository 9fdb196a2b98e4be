using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>A granted credit repair closes the penalty (信用修复), whichever of the two events arrives first.</summary>
public sealed class CreditRepairedConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<CreditRepaired, FinanceContext>(services)
{
    protected override async Task HandleAsync(CreditRepaired message, FinanceContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var record = await db.CreditRecords.FirstOrDefaultAsync(
            c => c.CreditCode == message.CreditCode && c.PenaltyReference == message.PenaltyReference, cancellationToken);
        if (record is null)
        {
            db.CreditRecords.Add(CreditRecord.Repair(message.CreditCode, message.PenaltyReference, message.RepairedOn, now));
        }
        else
        {
            record.Repaired(message.RepairedOn, now);
        }
    }
}
