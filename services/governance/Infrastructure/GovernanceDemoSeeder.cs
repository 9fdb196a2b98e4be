using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Governance.Infrastructure;

/// <summary>Demo data settings, bound from <c>DemoData</c>; the AppHost turns it on for local runs.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    public bool Enabled { get; set; }
}

/// <summary>A few open cases in Chinese so a fresh platform has something to show. Idempotent by case number.</summary>
internal sealed class GovernanceDemoSeeder(IOptions<DemoDataOptions> options, TimeProvider time) : IDbSeeder<GovernanceContext>
{
    private static readonly (string Number, CaseChannel Channel, string Module, string Title, string Description, string? CreditCode)[] DemoCases =
    [
        ("GDDEMO000001", CaseChannel.Hotline, "ECON-RUN", "企业反映用电增容审批进度慢", "某电子企业扩产需增容至 2000 千伏安，材料已提交，希望加快办理。", "91350100M000100Y43"),
        ("GDDEMO000002", CaseChannel.GovernmentFirmMeeting, "COMP-GOV", "早午晚餐会：园区公交线路延伸诉求", "多家企业在政企早餐会上提出，希望公交线路延伸至智能产业园，方便职工通勤。", null),
        ("GDDEMO000003", CaseChannel.App, "SAFE-PROD", "厂房外墙广告牌松动存在安全隐患", "清濛大道沿线厂房外墙广告牌松动，台风季前需加固。", null),
    ];

    public async Task SeedAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var numbers = DemoCases.Select(c => c.Number).ToArray();
        var existing = await context.Cases.Where(c => numbers.Contains(c.Number)).Select(c => c.Number).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var demo in DemoCases.Where(c => !existing.Contains(c.Number)))
        {
            var (demoCase, _) = Case.File(demo.Number, demo.Channel, demo.Module, demo.Title, demo.Description, demo.CreditCode, null, null, "demo-seed", now);
            context.Cases.Add(demoCase);
        }
        await context.SaveChangesAsync(cancellationToken);
    }
}
