using Microsoft.EntityFrameworkCore;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.PolicyMatch.Infrastructure.DemoData;

/// <summary>
/// 2024年指导企业申报各类资金项目超50个: 56 projects guided in 2024 (a firm of the firm register and a published policy
/// each), recorded through the guidance use case (audited, <c>ApplicationGuided</c> in the outbox). Seeded only with
/// <c>DemoData:SeedFigures</c>, after <see cref="SpecialisedFirmsSeeder"/> (whose firms it guides); idempotent.
/// </summary>
public sealed class GuidanceHistorySeeder(IGuidanceRecorder guidance)
{
    public const int Year = 2024;
    public const int GuidedProjects = 56;

    /// <summary>The policy officer the demo names for the guidance.</summary>
    private static readonly PlatformUser Officer = PlatformUser.System("demo-guidance", "惠企政策申报辅导台账（演示数据）");

    public async Task SeedAsync(PolicyMatchContext context, CancellationToken cancellationToken)
    {
        if (await context.Guidance.AnyAsync(g => g.Year == Year && g.GuidedBy == Officer.Subject, cancellationToken))
        {
            return;
        }
        var firms = SpecialisedFirmsSeeder.Grants.Select(g => g.CreditCode).ToList();
        var policies = await context.Policies.AsNoTracking()
            .Where(p => p.Versions.Any(v => v.Status == PolicyVersionStatus.Published))
            .OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(cancellationToken);
        for (var i = 0; i < GuidedProjects; i++)
        {
            // Each firm two or three times, each time for a different policy.
            var firm = firms[i % firms.Count];
            var policy = policies[(i * 13 + i / firms.Count) % policies.Count];
            var guidedOn = new DateOnly(Year, 3, 1).AddDays(i * 5);
            await guidance.GuideAsync(firm, policy, guidedOn, "讲解申报条件、材料清单与办理流程", Officer, cancellationToken);
        }
        context.ChangeTracker.Clear();
    }
}
