using MassTransit;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Application.Consultant;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Model.Policies;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// Keeps this replica's consultant index in step with publications and retirements, without a restart. The index
/// is in memory, so every replica consumes the events on its own temporary queue (see the definition); both
/// effects are idempotent, so no inbox is needed.
/// </summary>
public sealed class ConsultantIndexConsumer(PolicyMatchContext db, PassageIndex index, ILogger<ConsultantIndexConsumer> logger)
    : IConsumer<PolicyPublished>, IConsumer<PolicyRetired>
{
    public async Task Consume(ConsumeContext<PolicyPublished> context)
    {
        var message = context.Message;
        var row = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.PolicyId == message.PolicyId && v.Version == message.Version && v.Status == PolicyVersionStatus.Published)
            .Join(db.Policies, v => v.PolicyId, p => p.Id, (v, p) => new { p.Code, p.Category, Version = v })
            .SingleOrDefaultAsync(context.CancellationToken);
        if (row is null)
        {
            // Already superseded or retired: the later event brings the version in force.
            return;
        }
        if (index.Upsert(PolicyDocuments.From(row.Code, row.Category, row.Version.Version, row.Version.Terms)))
        {
            ConsultantLog.PolicyIndexed(logger, row.Code, row.Version.Version);
        }
    }

    public Task Consume(ConsumeContext<PolicyRetired> context)
    {
        if (index.Remove(context.Message.PolicyCode, context.Message.Version))
        {
            ConsultantLog.PolicyDropped(logger, context.Message.PolicyCode, context.Message.Version);
        }
        return Task.CompletedTask;
    }
}
