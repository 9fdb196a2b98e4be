using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure.DemoData;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Finance.Infrastructure.ReferenceData;

/// <summary>
/// Reference data, seeded always (then the demo firms when demo data is on): the partner banks and their loan products (纾困贷, 三争贷, 科创贷 up to
/// 10,000,000 yuan, IP-pledge, guarantee-backed and renewal loans). Idempotent: rows are inserted or brought up to date.
/// </summary>
internal sealed class FinanceCatalogueSeeder(FinanceDemoSeeder demo) : IDbSeeder<FinanceContext>
{
    public async Task SeedAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        var banks = await context.Banks.ToDictionaryAsync(b => b.Code, cancellationToken);
        foreach (var bank in FinanceCatalogue.Banks)
        {
            if (banks.TryGetValue(bank.Code, out var existing))
            {
                existing.Update(bank.Name, bank.NotificationRecipient, bank.IsPartner);
            }
            else
            {
                context.Banks.Add(PartnerBank.Create(bank.Code, bank.Name, bank.NotificationRecipient, bank.IsPartner, bank.JoinedOn));
            }
        }
        await context.SaveChangesAsync(cancellationToken);

        var products = await context.Products.ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var terms in FinanceCatalogue.Products)
        {
            if (products.TryGetValue(terms.Code, out var existing))
            {
                existing.Apply(terms);
            }
            else
            {
                context.Products.Add(LoanProduct.Create(terms));
            }
        }
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another replica seeded the same rows first; theirs are identical.
            context.ChangeTracker.Clear();
        }
        await demo.SeedAsync(context, cancellationToken);
    }
}
