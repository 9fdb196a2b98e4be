using Microsoft.EntityFrameworkCore;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>The replica of the zone's firm register (governance owns it): which firms exist and what they are called.</summary>
public static class FirmRegister
{
    public static Task<RegisteredFirm?> FindAsync(FinanceContext db, string creditCode, CancellationToken cancellationToken) =>
        db.Firms.AsNoTracking().FirstOrDefaultAsync(f => f.CreditCode == creditCode, cancellationToken);

    /// <summary>A firm the register does not know (422 naming <c>creditCode</c>).</summary>
    public static Failure Unknown(string creditCode) => Failure.Unprocessable(
        "creditCode",
        $"统一社会信用代码 {creditCode} 未在注册企业名录登记，请先登记企业 (credit code {creditCode} is unknown to the firm register; register the firm first)")
        .Titled("该企业不在注册企业名录中 (the firm is not in the zone's firm register)");
}
