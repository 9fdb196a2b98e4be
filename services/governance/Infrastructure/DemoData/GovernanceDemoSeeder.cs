using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Infrastructure.DemoData;

/// <summary>
/// The demo records, seeded only with <c>DemoData:Enabled</c>: the demo zone's firm register (<see cref="FirmRegisterSeed"/>,
/// each firm written as the register writes it, so every replica learns the firms from their events), a few open cases
/// in Chinese so a fresh platform has something to show, and with <c>DemoData:SeedFigures</c> the 2024 微错容纠 decisions.
/// Idempotent.
/// </summary>
public sealed class GovernanceDemoSeeder(TimeProvider time)
{
    private static readonly (string Number, CaseChannel Channel, string Module, string Title, string Description, string? CreditCode)[] DemoCases =
    [
        ("GDDEMO000001", CaseChannel.Hotline, "ECON-RUN", "企业反映用电增容审批进度慢", "某电子企业扩产需增容至 2000 千伏安，材料已提交，希望加快办理。", "91350500MA31GJ8K73"),
        ("GDDEMO000002", CaseChannel.GovernmentFirmMeeting, "COMP-GOV", "早午晚餐会：园区公交线路延伸诉求", "多家企业在政企早餐会上提出，希望公交线路延伸至智能产业园，方便职工通勤。", null),
        ("GDDEMO000003", CaseChannel.App, "SAFE-PROD", "厂房外墙广告牌松动存在安全隐患", "清濛大道沿线厂房外墙广告牌松动，台风季前需加固。", null),
    ];

    /// <summary>The firms the demo cases concern.</summary>
    public static IEnumerable<string> DemoCaseCreditCodes => DemoCases.Where(c => c.CreditCode is not null).Select(c => c.CreditCode!);

    public async Task SeedAsync(GovernanceContext context, bool seedFigures, CancellationToken cancellationToken)
    {
        await SeedFirmRegisterAsync(context, cancellationToken);
        if (seedFigures)
        {
            await SeedLenientDecisionsAsync(context, cancellationToken);
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

    /// <summary>The seeder, as the audit trail and the register record it.</summary>
    public static readonly PlatformUser SeedUser = PlatformUser.System("demo-seed", "演示数据");

    private async Task SeedFirmRegisterAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        var registered = (await context.Firms.Select(f => f.CreditCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var (creditCode, facts) in FirmRegisterSeed.All.Where(f => !registered.Contains(f.CreditCode)))
        {
            if (RegisteredFirm.Check(creditCode, facts, ChinaTime.ToChinaDate(now)) is { } problem)
            {
                throw new InvalidOperationException($"Demo firm {creditCode} is invalid: {problem.Message}");
            }
            context.AddRegisteredFirm(RegisteredFirm.Register(RegisteredFirm.Normalise(creditCode), facts.Trimmed(), SeedUser.Subject, now), SeedUser, now);
        }
        await context.SaveChangesAsync(cancellationToken);
    }

    public const int MicroErrorToleranceCases = 22;

    /// <summary>
    /// 22件涉企案件适用“微错容纠”: in 2024 the departments decide not to penalise 22 first, harmless, promptly corrected
    /// offences of register firms under their lists (不予处罚), each recorded as <c>POST /penalties</c> records it: the
    /// decision with its check, the audit entry and <c>LenientTreatmentApplied</c> dated on the decision day, so the zone
    /// scorecard counts it in 2024.
    /// </summary>
    private static async Task SeedLenientDecisionsAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        const string prefix = "泉开微错容纠〔2024〕";
        if (await context.LenientDecisions.AnyAsync(d => d.Reference.StartsWith(prefix), cancellationToken))
        {
            return;
        }
        var rules = LenientEnforcement.Rules.Where(r => r.Treatment == LenientTreatment.NoPenalty).ToList();
        for (var i = 0; i < MicroErrorToleranceCases; i++)
        {
            var rule = rules[i % rules.Count];
            var creditCode = FirmRegisterSeed.HistoryCode(1 + (i * 7) % FirmRegisterSeed.HistoryFirms);
            var decidedOn = new DateOnly(2024, 2, 19).AddDays(i * 13);
            var decidedAt = ChinaTime.At(decidedOn, new TimeOnly(15, 0)).ToUniversalTime();
            var check = LenientEnforcement.Check(new LenientCheckRequest(rule.Code, FirstOffence: true, HarmLevel.None, CorrectedInTime: true, IllegalGainYuan: 0m))!;
            var decision = LenientDecision.Record($"{prefix}{i + 1}号", creditCode, rule, check, CategoryOf(rule.DepartmentCode), decidedOn,
                $"{rule.Offence}；经提醒后当即改正，未造成危害后果", rule.DepartmentCode, null, SeedUser.Subject, decidedAt);
            context.LenientDecisions.Add(decision);
            context.AddIntegrationEvent(
                new LenientTreatmentApplied(decision.CreditCode, decision.Reference, rule.Code, nameof(LenientTreatment.NoPenalty), rule.DepartmentCode, decidedOn) { OccurredAt = decidedAt },
                aggregateKey: decision.CreditCode);
            context.AddAudit(SeedUser, "penalty.not-imposed", "lenient-decision", decision.Id.ToString(), decidedAt);
        }
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another replica recorded them at the same moment.
            context.ChangeTracker.Clear();
        }
    }

    private static PenaltyCategory CategoryOf(string departmentCode) => departmentCode switch
    {
        "SCJ" => PenaltyCategory.MarketRegulation,
        "SWJ" => PenaltyCategory.Tax,
        "HBJ" => PenaltyCategory.Environment,
        _ => PenaltyCategory.General,
    };
}
