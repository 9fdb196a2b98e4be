using Microsoft.EntityFrameworkCore;

namespace Qingmeng.Approval.Infrastructure;

/// <summary>Investment agreement numbers (ZS-yyyy-nnn) drawn from a per-year counter row.</summary>
public static class AgreementNumbers
{
    /// <summary>
    /// The next number of <paramref name="year"/>. Call it inside the transaction that saves the agreement: the counter
    /// row stays locked until that transaction ends, so concurrent signings take turns and never draw the same number,
    /// and a signing that rolls back leaves no gap.
    /// </summary>
    public static async Task<string> NextAsync(ApprovalContext db, int year, CancellationToken cancellationToken)
    {
        var drawn = await db.Database.SqlQuery<int>($"""
            INSERT INTO approval.agreement_number_counters (year, last_number) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last_number = agreement_number_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return $"ZS-{year}-{drawn.Single():D3}";
    }
}
