using Microsoft.EntityFrameworkCore;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Infrastructure.DemoData;

/// <summary>
/// Demo data (only with <c>DemoData:Enabled</c>): a zone whose figures match the case study: 172 high-level talents per
/// 10,000 residents, 6 清濛杯 projects landed bringing ~20 talents, nearly 10,000 job seekers attracted.
/// Idempotent: each part is skipped once its first records exist.
/// </summary>
public static class TalentDemoData
{
    public const string SeedSubject = "seed";

    /// <summary>The subjects of the demo's 引工大使 start so (seed-ambassador-1, -2).</summary>
    public const string AmbassadorSubjectPrefix = SeedSubject + "-ambassador-";

    /// <summary>The title the demo's 引工大使评选 gives the year's top ambassador.</summary>
    public const string AmbassadorAwardTitle = "优秀引工大使";

    public static async Task SeedAsync(TalentContext context, decimal ambassadorIncentive, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await context.WelfareHouseholds.AnyAsync(h => h.PersonKey == PersonKey.Of(WelfareDemoResidentId(0)), cancellationToken))
        {
            await SeedWelfareAsync(context, now, cancellationToken);
        }

        if (!await context.WelfareHouseholds.AnyAsync(h => h.PersonKey == PersonKey.Of(DemoCitizenResidentId), cancellationToken))
        {
            await SeedDemoCitizensHouseholdAsync(context, now, cancellationToken);
        }

        if (await context.Certifications.AnyAsync(c => c.SubmittedBy == SeedSubject, cancellationToken))
        {
            return;
        }
        SeedFirmsPostings(context, now);
        SeedRetainedReferrals(context, ambassadorIncentive, now);
        SeedCertifications(context, now);
        SeedCompetition(context, now);
        SeedApartments(context, now);
        context.JobFairs.Add(JobFair.Schedule("2026年清濛经开区春风行动线上招聘会", JobFairMode.Online, "就业服务指南小程序直播间",
            now.AddDays(10), now.AddDays(12), SeedSubject, now));
        context.JobFairs.Add(JobFair.Schedule("跨省劳务协作专场招聘会（毕节站）", JobFairMode.OnSite, "贵州省毕节市七星关区人力资源市场",
            now.AddDays(20), now.AddDays(20).AddHours(6), SeedSubject, now));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Demo firms of the zone with valid unified social credit codes (GB 32100-2015).</summary>
    internal static readonly (string Name, string CreditCode)[] Firms =
    [
        ("泉州杰嘉电子有限公司", "91350500MA31GJ8K73"),
        ("福建路金汽车精密零部件有限公司", "91350503MA33RK6N3U"),
        ("泉州清濛新材料科技有限公司", MakeCreditCode("35050201")),
        ("泉州智造装备股份有限公司", MakeCreditCode("35050202")),
        ("福建晶芯半导体有限公司", MakeCreditCode("35050203")),
    ];

    // Demo households in difficulty: (head, members, type, employer index or -1, address, income per capita, months since entry).
    private static readonly (string Head, int Members, DifficultyType Type, int Employer, string Address, decimal Income, int MonthsAgo)[] Households =
    [
        ("黄秀英", 3, DifficultyType.SingleParent, 0, "清濛园区清濛大道生活区3栋502", 520m, 2),
        ("陈阿土", 1, DifficultyType.Tekun, -1, "清濛街道东海社区后埔36号", 0m, 4),
        ("林美华", 4, DifficultyType.Illness, 1, "南环路工业区职工公寓2栋301", 650m, 5),
        ("王建国", 3, DifficultyType.Unemployment, -1, "浔美社区浔美路118号", 480m, 7),
    ];

    internal static string WelfareDemoResidentId(int index)
    {
        var first17 = $"35050319{78 + index:D2}0{index + 3}1{index + 2}23{index}"; // 17th digit even for the women (0, 2)
        return first17 + ResidentIdNumber.ComputeCheckDigit(first17);
    }

    /// <summary>The identity service's demo citizen (citizen.chen, 陈志强): their household is in the register so they can apply for 救助 themselves.</summary>
    internal const string DemoCitizenResidentId = "350503198806122318";

    private static async Task SeedDemoCitizensHouseholdAsync(TalentContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entered = ChinaTime.ToChinaDate(now).AddMonths(-1);
        var household = WelfareHousehold.Register("陈志强", DemoCitizenResidentId, PersonKey.Of(DemoCitizenResidentId), PersonKey.Masked(DemoCitizenResidentId),
            "13805951234", 4, DifficultyType.Illness, null, "清濛街道园区社区清濛大道86号", 620m, SeedSubject, entered, 6, now);
        context.WelfareHouseholds.Add(household);
        context.WelfareHouseholdHistory.Add(WelfareHouseholdHistory.Of(household, HouseholdAction.Registered, SeedSubject, "滚动建档（演示数据）", entered, now));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Four households in the register (one overdue for review) and a week of slots for each 健康十条 service.</summary>
    private static async Task SeedWelfareAsync(TalentContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = ChinaTime.ToChinaDate(now);
        for (var i = 0; i < Households.Length; i++)
        {
            var h = Households[i];
            var id = WelfareDemoResidentId(i);
            var entered = today.AddMonths(-h.MonthsAgo);
            var household = WelfareHousehold.Register(h.Head, id, PersonKey.Of(id), PersonKey.Masked(id), $"1390595{1200 + i:D4}", h.Members, h.Type,
                h.Employer >= 0 ? Firms[h.Employer].CreditCode : null, h.Address, h.Income, SeedSubject, entered, 6, now);
            context.WelfareHouseholds.Add(household);
            context.WelfareHouseholdHistory.Add(WelfareHouseholdHistory.Of(household, HouseholdAction.Registered, SeedSubject, "滚动建档（演示数据）", entered, now));
        }
        var services = await context.HealthServices.ToListAsync(cancellationToken);
        foreach (var service in services)
        {
            (TimeOnly Start, TimeOnly End, int Capacity)[] windows = service.Kind == HealthServiceKind.HomeVisit
                ? [(new(9, 0), new(11, 0), 4), (new(14, 30), new(16, 30), 4)]
                : [(new(18, 0), new(19, 30), 10), (new(19, 30), new(21, 0), 10)];
            for (var day = 1; day <= 7; day++)
            {
                foreach (var (start, end, capacity) in windows.Where(w => service.Covers(w.Start, w.End)))
                {
                    context.HealthServiceSlots.Add(HealthServiceSlot.Open(service, today.AddDays(day), start, end, capacity, now));
                }
            }
        }
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The firms 清濛杯 projects landed in (the firm register's codes).</summary>
    public static readonly IReadOnlyList<string> CompetitionLandingCodes = [.. Enumerable.Range(0, 6).Select(i => MakeCreditCode($"3505030{i}"))];

    /// <summary>Every credit code the demo data names: employers and 清濛杯 landings.</summary>
    public static IEnumerable<string> CreditCodesInUse => Firms.Select(f => f.CreditCode).Concat(CompetitionLandingCodes);

    internal static string MakeCreditCode(string body8)
    {
        var organisationCode = body8 + UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(body8);
        var first17 = "91350502" + organisationCode;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    private static void SeedFirmsPostings(TalentContext context, DateTimeOffset now)
    {
        var today = ChinaTime.ToChinaDate(now);
        var jobs = new (int Firm, string Title, string Description, EmploymentType Type, string Street, string Locality, double Lat, double Lon, decimal Min, decimal Max, SalaryUnit Unit, int Openings)[]
        {
            (0, "SMT贴片操作工", "负责SMT产线上料、巡检与首件确认，两班倒，包食宿，稳岗满6个月另发稳岗补贴。", EmploymentType.FullTime, "智能产业园12号厂房", "清濛园区", 24.8630, 118.5611, 5_500, 7_500, SalaryUnit.Month, 40),
            (0, "电子工程师（嵌入式）", "负责工业控制板卡嵌入式软件开发，熟悉C语言与ARM平台，本科及以上。", EmploymentType.FullTime, "智能产业园研发楼5层", "清濛园区", 24.8622, 118.5640, 10_000, 18_000, SalaryUnit.Month, 3),
            (1, "数控车床操作工", "操作数控车床加工汽车精密零部件，有经验者优先，提供技能培训。", EmploymentType.FullTime, "南环路工业区8号", "清濛园区", 24.8552, 118.5790, 6_000, 9_000, SalaryUnit.Month, 25),
            (1, "质量检验员", "负责零部件来料与成品检验，熟悉三坐标测量仪者优先。", EmploymentType.FullTime, "南环路工业区8号", "清濛园区", 24.8552, 118.5790, 5_000, 6_500, SalaryUnit.Month, 6),
            (2, "新材料研发工程师", "高分子复合材料配方研发，硕士及以上，可申报人才认定及人才公寓。", EmploymentType.FullTime, "科创园B栋3层", "清濛园区", 24.8795, 118.5860, 15_000, 25_000, SalaryUnit.Month, 2),
            (3, "装配钳工（暑期兼职）", "设备装配辅助，暑期兼职，按小时计薪，适合在校学生。", EmploymentType.PartTime, "清濛大道北侧3号厂房", "清濛园区", 24.8700, 118.5920, 22, 28, SalaryUnit.Hour, 10),
            (4, "半导体封装技术员", "负责封装设备操作与日常维护，大专及以上，提供人才公寓。", EmploymentType.FullTime, "东部物流园旁晶芯厂区", "清濛园区", 24.8590, 118.5950, 7_000, 10_000, SalaryUnit.Month, 15),
            (4, "生产管理实习生", "参与生产计划与精益改善项目，表现优秀可转正。", EmploymentType.Intern, "东部物流园旁晶芯厂区", "清濛园区", 24.8590, 118.5950, 3_500, 4_500, SalaryUnit.Month, 5),
        };
        foreach (var j in jobs)
        {
            var (name, code) = Firms[j.Firm];
            context.JobPostings.Add(JobPosting.Post(code, name, j.Title, j.Description, today, now.AddDays(60), j.Type, j.Street, j.Locality, "福建省",
                j.Lat, j.Lon, j.Min, j.Max, j.Unit, j.Openings, SeedSubject, null, now));
        }
    }

    // 引工大使 from the labour cooperation stations and the workers they brought: (ambassador, worker, posting index, days since the hire).
    private static readonly (string Name, string Region)[] DemoAmbassadors = [("龙建兵", "贵州省毕节市"), ("唐晓梅", "四川省广安市")];

    private static readonly (int Ambassador, string Worker, int Firm, int DaysAgo)[] DemoReferrals =
    [
        (0, "杨光荣", 0, 240),
        (0, "罗德明", 1, 230),
        (0, "吴秀兰", 0, 215),
        (1, "蒋海涛", 1, 225),
    ];

    /// <summary>
    /// 稳工留岗政策兑现率 100 %: last spring's recruitment (closed postings) filled through ambassadors; each referred worker
    /// is hired, retained 3 and 6 months and the ambassador's incentive paid a few days after it fell due, through the
    /// same domain steps and outbox events as the API.
    /// </summary>
    private static void SeedRetainedReferrals(TalentContext context, decimal incentive, DateTimeOffset now)
    {
        var today = ChinaTime.ToChinaDate(now);
        var postings = new[] { (Firm: 0, Title: "SMT贴片操作工（春季招工）"), (Firm: 1, Title: "数控车床操作工（春季招工）") }.Select(p =>
        {
            var posting = JobPosting.Post(Firms[p.Firm].CreditCode, Firms[p.Firm].Name, p.Title,
                "春风行动专场：引工大使推荐入职，稳岗满6个月发放稳岗奖励。", today.AddDays(-270), now.AddDays(-200), EmploymentType.FullTime,
                "智能产业园12号厂房", "清濛园区", "福建省", 24.8630, 118.5611, 5_500, 8_000, SalaryUnit.Month, 20, SeedSubject, null, now.AddDays(-270));
            posting.Close();
            context.JobPostings.Add(posting);
            return posting;
        }).ToList();
        var ambassadors = DemoAmbassadors.Select((a, i) => Ambassador.Register($"{AmbassadorSubjectPrefix}{i + 1}", a.Name, $"1398501{i + 1:D4}", a.Region, now.AddDays(-300))).ToList();
        context.Ambassadors.AddRange(ambassadors);
        // The hires fall in one calendar year whatever the day of seeding, so that year's 引工大使评选 ranks all of them.
        var hireYearStart = new DateOnly(today.AddDays(-DemoReferrals.Min(r => r.DaysAgo)).Year, 1, 1);
        for (var i = 0; i < DemoReferrals.Length; i++)
        {
            var r = DemoReferrals[i];
            var posting = postings[r.Firm];
            var first17 = $"5224011995{1 + i:D2}1{i + 2}3{i + 1}{i}";
            var residentId = first17 + ResidentIdNumber.ComputeCheckDigit(first17);
            var hiredOn = today.AddDays(-r.DaysAgo) < hireYearStart ? hireYearStart : today.AddDays(-r.DaysAgo);
            var referredAt = ChinaTime.StartOfDay(hiredOn).AddDays(-10);
            var referral = Referral.Register(ambassadors[r.Ambassador], posting, PersonKey.Of(residentId), r.Worker, PersonKey.Masked(residentId), referredAt);
            var (hire, confirmed) = Hire.Confirm(posting, PersonKey.Of(residentId), r.Worker, PersonKey.Masked(residentId), hiredOn, null, referral, SeedSubject, now);
            context.Referrals.Add(referral);
            context.Hires.Add(hire);
            context.AddIntegrationEvent(confirmed, aggregateKey: hire.Id.ToString());
            foreach (var milestone in new[] { RetentionMilestone.ThreeMonths, RetentionMilestone.SixMonths })
            {
                var confirmedOn = hiredOn.AddMonths((int)milestone);
                hire.ConfirmRetention(milestone, confirmedOn);
                if (referral.RecordRetention(milestone, confirmedOn, incentive, now) is { } due)
                {
                    context.AddIntegrationEvent(due, aggregateKey: referral.Id.ToString());
                }
            }
            var paidAt = ChinaTime.StartOfDay(referral.IncentiveDueOn!.Value.AddDays(3)).AddHours(10);
            context.AddIntegrationEvent(referral.MarkPaid(paidAt)!, aggregateKey: referral.Id.ToString());
        }
    }

    /// <summary>
    /// 895 high-level (A–D) talents among 52,000 residents is 172.1 per 10,000 (the case study's 172), plus E-tier
    /// talents who do not count as high-level. Names and IDs are synthetic; only digests and masks are stored.
    /// </summary>
    private static void SeedCertifications(TalentContext context, DateTimeOffset now)
    {
        var perTier = new (TalentTier Tier, int Count, string Basis)[]
        {
            (TalentTier.A, 3, "国家级重大人才计划入选者"),
            (TalentTier.B, 17, "国家级重大人才计划青年项目入选者/博士"),
            (TalentTier.C, 95, "福建省高层次人才（省级引才计划）"),
            (TalentTier.D, 780, "泉州市高层次人才（港湾计划）"),
            (TalentTier.E, 1_260, "紧缺急需技能人才/全日制本科及以上青年人才"),
        };
        string[] surnames = ["陈", "林", "黄", "张", "吴", "王", "李", "蔡", "郑", "许", "洪", "庄", "苏", "杨", "刘"];
        string[] given = ["志强", "雅婷", "建华", "晓东", "丽娟", "家豪", "文彬", "佳慧", "明辉", "思远", "俊杰", "美玲"];
        var serial = 0;
        foreach (var (tier, count, basis) in perTier)
        {
            for (var i = 0; i < count; i++, serial++)
            {
                var firm = Firms[serial % Firms.Length];
                var first17 = $"350502{1975 + (serial % 25)}{1 + (serial % 12):D2}{1 + (serial % 28):D2}{serial % 1000:D3}";
                var residentId = first17 + ResidentIdNumber.ComputeCheckDigit(first17);
                var certification = TalentCertification.Submit(firm.CreditCode, surnames[serial % surnames.Length] + given[serial % given.Length],
                    PersonKey.Of(residentId), PersonKey.Masked(residentId), tier, basis, SeedSubject, null, now.AddDays(-30));
                var certified = certification.Certify(SeedSubject, "历史认定数据导入", 3, now.AddDays(-(serial % 300)));
                context.Certifications.Add(certification);
                // Staged as a real certification stages it: the scorecard, the firm's profile and finance learn each talent.
                context.AddIntegrationEvent(certified!, aggregateKey: certification.CreditCode);
            }
        }
    }

    /// <summary>清濛杯: 6 projects landed in the zone bringing ~20 talents (国家级重大人才计划, 博士).</summary>
    private static void SeedCompetition(TalentContext context, DateTimeOffset now)
    {
        var today = ChinaTime.ToChinaDate(now);
        var entries = new (string Project, string Lead, string Track, string Award, int Talents, LandingStatus Status, int Firm)[]
        {
            ("高导热氮化铝陶瓷基板产业化", "陈博远", "新材料", "一等奖", 5, LandingStatus.Landed, 2),
            ("工业机器人视觉引导系统", "林子谦", "智能制造", "二等奖", 4, LandingStatus.Landed, 3),
            ("车规级功率半导体封装", "黄思源", "集成电路", "二等奖", 3, LandingStatus.Landed, 4),
            ("纺织鞋服柔性供应链平台", "吴嘉怡", "数字经济", "三等奖", 3, LandingStatus.Landed, 0),
            ("锂电池回收湿法冶金工艺", "许明哲", "新能源", "三等奖", 2, LandingStatus.Landed, 1),
            ("石材废料再生建材", "蔡文涛", "新材料", "优秀奖", 2, LandingStatus.Landed, 2),
            ("海洋生物医用敷料", "郑雨桐", "生物医药", "优秀奖", 2, LandingStatus.Negotiating, 0),
            ("低空无人机巡检平台", "王浩然", "智能制造", "优秀奖", 3, LandingStatus.NotLanded, 0),
        };
        var landedIndex = 0;
        foreach (var e in entries)
        {
            var entry = CompetitionEntry.Enter(2024, e.Project, e.Lead, e.Track, e.Award, e.Talents, now);
            if (e.Status == LandingStatus.Landed)
            {
                entry.UpdateLanding(LandingStatus.Landed, CompetitionLandingCodes[landedIndex++], today.AddDays(-60 - 20 * landedIndex), null);
            }
            else
            {
                entry.UpdateLanding(e.Status, null, null, null);
            }
            context.CompetitionEntries.Add(entry);
        }
    }

    private static void SeedApartments(TalentContext context, DateTimeOffset now)
    {
        for (var floor = 2; floor <= 6; floor++)
        {
            for (var room = 1; room <= 4; room++)
            {
                var (bedrooms, area, rent, minTier) = room switch
                {
                    1 => (3, 110m, 1_200m, TalentTier.B),
                    2 => (2, 85m, 800m, TalentTier.C),
                    _ => (1, 55m, 500m, TalentTier.D),
                };
                context.ApartmentUnits.Add(ApartmentUnit.Create("浔美人才公寓1号楼", $"{floor}0{room}", bedrooms, area, rent, minTier, now));
            }
        }
    }
}
