using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>A penalty recorded by governance becomes an open penalty in the firm's credit standing.</summary>
public sealed class PenaltyRecordedConsumer(IServiceProvider services, TimeProvider time)
    : InboxConsumer<PenaltyRecorded, FinanceContext>(services)
{
    protected override async Task HandleAsync(PenaltyRecorded message, FinanceContext db, CancellationToken cancellationToken)
    {
        if (!await db.CreditRecords.AnyAsync(c => c.CreditCode == message.CreditCode && c.PenaltyReference == message.PenaltyReference, cancellationToken))
        {
            db.CreditRecords.Add(CreditRecord.Penalty(
                message.CreditCode, message.PenaltyReference, message.Category, message.FineAmount, message.DecidedOn, time.GetUtcNow()));
        }
    }
}
