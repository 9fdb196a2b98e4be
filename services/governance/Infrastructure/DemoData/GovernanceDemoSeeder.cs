using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qingmeng.Governance.Operations;
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
/// in Chinese so a fresh platform has something to show, and with <c>DemoData:SeedFigures</c> the 2024 微错容纠 decisions
/// and the 930 credit repairs. Idempotent.
/// </summary>
public sealed class GovernanceDemoSeeder(TimeProvider time, ILogger<GovernanceDemoSeeder> logger)
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
            await SeedCreditRepairsAsync(context, cancellationToken);
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

    public const int CreditRepairs = 930;

    private const string CreditRepairPrefix = "泉开信用修复〔2024〕";

    /// <summary>Penalties, applications and grants saved together per batch: one round trip for hundreds of rows, each batch atomic.</summary>
    private const int CreditRepairBatch = 150;

    private static readonly string[] TradeNames =
    [
        "清濛", "鲤城", "丰泽", "洛江", "刺桐", "东湖", "西街", "开元", "紫帽", "清源", "宝盖", "晋光", "桃源", "仙公", "灵源", "笋江",
        "顺济", "聚宝", "金鸡", "玉埕", "浯江", "浔美", "梧林", "安平", "五店", "曾井", "古榕", "海丝", "德济", "天后", "承天",
    ];

    private static readonly (string Trade, PenaltyCategory Category, string Department, string Offence)[] CreditRepairTrades =
    [
        ("商贸有限公司", PenaltyCategory.MarketRegulation, "SCJ", "未按规定公示年度报告"),
        ("食品有限公司", PenaltyCategory.MarketRegulation, "SCJ", "食品标签标注不规范"),
        ("鞋服有限公司", PenaltyCategory.MarketRegulation, "SCJ", "产品标识不符合规定"),
        ("贸易有限公司", PenaltyCategory.MarketRegulation, "SCJ", "发布违法广告"),
        ("电子科技有限公司", PenaltyCategory.Tax, "SWJ", "未按期办理纳税申报"),
        ("机械制造有限公司", PenaltyCategory.Tax, "SWJ", "未按规定保管发票"),
        ("新材料有限公司", PenaltyCategory.Environment, "HBJ", "危险废物标识不规范"),
        ("印刷有限公司", PenaltyCategory.Environment, "HBJ", "未按规定开展自行监测"),
        ("石材有限公司", PenaltyCategory.Environment, "HBJ", "堆场扬尘防治措施不到位"),
        ("物流有限公司", PenaltyCategory.General, "CGJ", "占用道路堆放货物"),
    ];

    /// <summary>The n-th (0-based) firm of the 930: its credit code, Chinese name and the offence it was penalised for.</summary>
    public static (string CreditCode, string Name, PenaltyCategory Category, string Department, string Offence) CreditRepairFirm(int n)
    {
        var trade = CreditRepairTrades[n % CreditRepairTrades.Length];
        var name = $"泉州{TradeNames[n / CreditRepairTrades.Length % TradeNames.Length]}{FirmNumber(n / CreditRepairTrades.Length / TradeNames.Length)}{trade.Trade}";
        return (FirmRegisterSeed.CreditRepairCode(n + 1), name, trade.Category, trade.Department, trade.Offence);
    }

    private static string FirmNumber(int round) => round switch { 0 => "", 1 => "恒信", 2 => "宏达", _ => $"第{round}" };

    /// <summary>
    /// 去年以来，先后帮助930家市场主体完成信用修复: 930 firms, each penalised in the first half of 2024, applying for the repair
    /// on the first day its minimum publicity period allows and granted within a month, all in 2024. Each step is written
    /// as its endpoint writes it (<c>POST /penalties</c>, <c>POST /credit-repairs</c>, <c>POST /credit-repairs/{id}/grant</c>):
    /// the record, its audit entries and <c>PenaltyRecorded</c> / <c>CreditRepaired</c> in the outbox, dated when the step
    /// happened. Only references not yet recorded are seeded, a batch at a time, so a start interrupted between batches
    /// completes at the next.
    /// </summary>
    private async Task SeedCreditRepairsAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        var seeded = (await context.Penalties.Where(p => p.Reference.StartsWith(CreditRepairPrefix)).Select(p => p.Reference).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        if (seeded.Count >= CreditRepairs)
        {
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var added = 0;
        for (var n = 0; n < CreditRepairs; n++)
        {
            var reference = $"{CreditRepairPrefix}{n + 1}号";
            if (seeded.Contains(reference))
            {
                continue;
            }
            var firm = CreditRepairFirm(n);
            var decidedOn = new DateOnly(2024, 1, 2).AddDays(n * 179 / CreditRepairs);
            var decidedAt = ChinaTime.At(decidedOn, new TimeOnly(10, 0)).ToUniversalTime();
            var fine = 2_000m + n % 7 * 500m;
            var penalty = Penalty.Record(reference, firm.CreditCode, firm.Category, fine, decidedOn, $"{firm.Name}{firm.Offence}", firm.Department, SeedUser.Subject, decidedAt);
            context.Penalties.Add(penalty);
            context.AddIntegrationEvent(
                new PenaltyRecorded(penalty.CreditCode, penalty.Reference, penalty.Category.ToString(), penalty.FineAmount, penalty.DecidedOn) { OccurredAt = decidedAt },
                aggregateKey: penalty.CreditCode);
            context.AddAudit(SeedUser, "penalty.recorded", "penalty", penalty.Id.ToString(), decidedAt);

            var appliedOn = CreditRepairRules.EarliestRepairDate(penalty.Category, decidedOn);
            var appliedAt = ChinaTime.At(appliedOn, new TimeOnly(9, 30)).ToUniversalTime();
            var application = CreditRepairApplication.Apply(penalty,
                [new CreditRepairEvidence { Description = "罚款缴纳凭证", Reference = $"缴款书{n + 1:D6}" }, new CreditRepairEvidence { Description = "整改完成报告", Reference = $"整改报告{n + 1:D6}" }],
                "已缴清罚款并完成整改，承诺今后依法诚信经营。", SeedUser.Subject, appliedAt);
            context.CreditRepairApplications.Add(application);
            context.AddAudit(SeedUser, "credit-repair.applied", "credit-repair", application.Id.ToString(), appliedAt);

            var grantedOn = appliedOn.AddDays(3 + n % 20);
            var grantedAt = ChinaTime.At(grantedOn, new TimeOnly(16, 0)).ToUniversalTime();
            if (!CreditRepairRules.Decide(penalty, new CreditRepairDeclaration(FinePaid: true, Corrected: true), grantedOn).Granted)
            {
                throw new InvalidOperationException($"Demo credit repair {reference} would be refused.");
            }
            application.Grant(penalty, grantedOn, SeedUser.Subject, "罚款已缴清，违法行为已整改到位，最短公示期已满，准予信用修复。", grantedAt);
            context.AddIntegrationEvent(new CreditRepaired(penalty.CreditCode, penalty.Reference, grantedOn) { OccurredAt = grantedAt }, aggregateKey: penalty.CreditCode);
            context.AddAudit(SeedUser, "credit-repair.granted", "credit-repair", application.Id.ToString(), grantedAt);
            context.AddAudit(SeedUser, "penalty.credit-repaired", "penalty", penalty.Id.ToString(), grantedAt);

            if (++added % CreditRepairBatch == 0 && !await SaveBatchAsync(context, cancellationToken))
            {
                return;
            }
        }
        if (await SaveBatchAsync(context, cancellationToken))
        {
            GovernanceLog.CreditRepairsSeeded(logger, added, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Saves the batch; false when another replica is seeding the same references at the same moment.</summary>
    private static async Task<bool> SaveBatchAsync(GovernanceContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return false;
        }
        finally
        {
            // The saved rows are not needed again: tracking them would slow every later batch's change detection.
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
