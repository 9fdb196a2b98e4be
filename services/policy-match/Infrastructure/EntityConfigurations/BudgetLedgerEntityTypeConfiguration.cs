using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.PolicyMatch.Model.Ledger;

namespace Qingmeng.PolicyMatch.Infrastructure.EntityConfigurations;

internal sealed class BudgetLedgerEntityTypeConfiguration : IEntityTypeConfiguration<BudgetLedger>
{
    public void Configure(EntityTypeBuilder<BudgetLedger> builder)
    {
        builder.ToTable("budget_ledgers", table => table.HasCheckConstraint("ck_budget_ledgers_never_overspent", "paid <= envelope"));
        builder.HasKey(l => l.Id);
        builder.Property(l => l.PolicyCode).HasMaxLength(32);
        builder.Property(l => l.Period).HasMaxLength(16);
        builder.HasIndex(l => new { l.PolicyCode, l.Period }).IsUnique();
        builder.Property(l => l.Envelope).HasPrecision(18, 2);
        builder.Property(l => l.Paid).HasPrecision(18, 2);
        builder.Property(l => l.ClawedBack).HasPrecision(18, 2);
        builder.Ignore(l => l.Remaining);
    }
}
