using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Model.Ledger;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Infrastructure.ReferenceData;

/// <summary>
/// Puts the policy catalogue (<see cref="PolicyCatalogue"/>) in force on every fresh database: each policy's first
/// version is published with its <c>PolicyPublished</c> event and its budget ledger is opened. Idempotent.
/// </summary>
public sealed class PolicyCatalogueSeeder(TimeProvider time)
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
            context.BudgetLedgers.Add(BudgetLedger.Open(policy.Code, entry.Terms.BudgetPeriod, entry.Terms.BudgetEnvelope, now));
            context.AddIntegrationEvent(published, aggregateKey: policy.Id.ToString());
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
