using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Infrastructure.Catalogue;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Infrastructure;

/// <summary>
/// Puts the policy catalogue in force on every fresh database (reference data, always), publishing each
/// policy's first version with its <c>PolicyPublished</c> event. Idempotent by policy code.
/// </summary>
internal sealed class PolicyMatchSeeder(TimeProvider time) : IDbSeeder<PolicyMatchContext>
{
    public const string SeededBy = "policy-catalogue";

    public async Task SeedAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        var existing = (await context.Policies.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var entry in PolicyCatalogue.All.Where(e => !existing.Contains(e.Code)))
        {
            var policy = Policy.Create(entry.Code, entry.Category, entry.Terms, SeededBy, now);
            var (published, problems) = policy.PublishDraft(SeededBy, now);
            if (published is null)
            {
                throw new InvalidOperationException($"Catalogue policy {entry.Code} is invalid: {string.Join("; ", problems.SelectMany(p => p.Value))}");
            }
            context.Policies.Add(policy);
            context.AddIntegrationEvent(published, aggregateKey: policy.Id.ToString());
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
