using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Finance.Model;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>Demo data settings, bound from <c>DemoData</c>; the AppHost turns it on for local runs.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    public bool Enabled { get; set; }
}

/// <summary>Profiles of the two demo firms (matching the identity service's demo accounts) so matchmaking has something to show.</summary>
internal sealed class FinanceDemoSeeder(IOptions<DemoDataOptions> options, TimeProvider time)
{
    public static readonly IReadOnlyList<(string CreditCode, FirmProfileData Data)> DemoProfiles =
    [
        ("91350500MA31GJ8K73", new FirmProfileData("泉州杰嘉电子有限公司", 86_000_000m, 18.5m, 5.2m, 4, 12, 186, 9, "AA", true, true, false, false, true)),
        ("91350503MA33RK6N3U", new FirmProfileData("福建路金汽车精密零部件有限公司", 42_000_000m, -6.0m, 2.1m, 1, 5, 95, 12, "BBB", false, false, false, true, false)),
    ];

    public async Task SeedAsync(FinanceContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        var codes = DemoProfiles.Select(p => p.CreditCode).ToArray();
        var existing = await context.Profiles.Where(p => codes.Contains(p.CreditCode)).Select(p => p.CreditCode).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (creditCode, data) in DemoProfiles.Where(p => !existing.Contains(p.CreditCode)))
        {
            context.Profiles.Add(FirmProfile.Create(creditCode, data, now));
        }
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            context.ChangeTracker.Clear();
        }
    }
}
