using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Model.Profiles;

namespace Qingmeng.PolicyMatch.Infrastructure.DemoData;

/// <summary>
/// Signs the two demo firms up, with the facts the authorities share (数据共享: revenue, tax, R&amp;D, staff), and
/// matches them. Facts another platform service owns are not seeded here: the register's industry, size, location and
/// date come from governance's FirmRegistered, projects from approval, the white list from finance, talents from talent.
/// Idempotent.
/// </summary>
public sealed class DemoFirmsSeeder(IFirmRematcher matching, TimeProvider time)
{
    /// <summary>The credit codes of the demo firms whose profiles are registered.</summary>
    public static IEnumerable<string> DemoFirmCodes => DemoFirms.Select(f => f.CreditCode);

    private static readonly FactOrigin DemoOrigin = new(FactSources.Officer, "demo", DateTimeOffset.MinValue, By: "demo-data", ByName: "数据共享（演示数据）");

    private static readonly (string CreditCode, string Name, string Mobile, (string Field, object Value)[] Facts)[] DemoFirms =
    [
        ("91350500MA31GJ8K73", "泉州杰嘉电子有限公司", "13805951234",
        [
            ("industryChain", "电子信息"), ("aboveDesignatedSize", true), ("annualRevenue", 186_000_000m), ("revenueGrowth", 18.5m), ("taxPaid", 6_200_000m),
            ("rdExpense", 7_900_000m), ("rdRatio", 4.2m), ("inventionPatents", 12m), ("employees", 420m), ("socialInsuranceMonths", 36m),
            ("layoffRate", 1.2m), ("creditStanding", "A"), ("penaltiesLast12Months", 0m), ("certifications", new[] { "高新技术企业", "省级专精特新中小企业" }),
        ]),
        ("91350503MA33RK6N3U", "福建路金汽车精密零部件有限公司", "13905959876",
        [
            ("industryChain", "智能装备"), ("aboveDesignatedSize", true), ("annualRevenue", 46_000_000m), ("rdRatio", 2.7m), ("rdExpense", 1_240_000m), ("employees", 96m), ("socialInsuranceMonths", 18m),
            ("creditStanding", "B"), ("certifications", new[] { "科技型中小企业", "创新型中小企业" }),
        ]),
    ];

    public async Task SeedAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var demo in DemoFirms)
        {
            // The register's events may have started the profile already: the demo firm then signs up on it.
            var profile = await context.Profiles.FirstOrDefaultAsync(p => p.CreditCode == demo.CreditCode, cancellationToken);
            if (profile is { Registered: true })
            {
                continue;
            }
            if (profile is null)
            {
                profile = FirmProfile.Learnt(demo.CreditCode, now);
                context.Profiles.Add(profile);
            }
            profile.Register(demo.Name, demo.Mobile, null, now);
            foreach (var (field, value) in demo.Facts)
            {
                // Demo facts stand for records shared by the authorities (数据共享), entered by an officer.
                var change = profile.SetFact(field, JsonSerializer.SerializeToElement(value), DemoOrigin with { AsOf = now }, now);
                if (change is not null)
                {
                    context.ProfileFactChanges.Add(change);
                }
            }
            await matching.RematchFirmAsync(profile, cancellationToken);
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
