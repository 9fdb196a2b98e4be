using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Infrastructure.DemoData;

/// <summary>
/// The seed's portfolio for demos: 47 provincial and city key projects served, 11 of them (杰嘉电子 and 路金汽车精密零部件
/// among them) at groundbreaking, the others part-way through their approvals. Handled by three demo agents.
/// </summary>
public static class ApprovalDemoData
{
    public const int Projects = 47;
    public const int Ready = 11;

    public static readonly (string Subject, string Name)[] Agents =
    [
        ("demo-agent-lin", "林国栋"),
        ("demo-agent-wu", "吴雅婷"),
        ("demo-agent-chen", "陈志鹏"),
    ];

    private static readonly (string Firm, string Project, string Industry, string? CreditCode)[] Named =
    [
        ("泉州杰嘉电子有限公司", "杰嘉电子智能终端生产基地", "C39", "91350500MA31GJ8K73"),
        ("福建路金汽车精密零部件有限公司", "路金汽车精密零部件生产基地", "C36", "91350503MA33RK6N3U"),
    ];

    private static readonly string[] Firms =
    [
        "泉州恒新材料科技", "福建清濛智能装备", "泉州华芯半导体", "福建嘉禾医疗器械", "泉州海丝新能源", "福建闽源精密机械",
        "泉州晋航电子", "福建安泰环保科技", "泉州东湖生物科技", "福建鑫达光电", "泉州宏图智能制造", "福建远景汽车零部件",
    ];

    private static readonly (string Suffix, string Industry)[] Kinds =
    [
        ("智能制造产业园", "C34"), ("新能源电池模组项目", "C38"), ("高端装备生产线", "C35"), ("电子元器件扩产项目", "C39"),
        ("医疗器械生产基地", "C35"), ("新材料研发中试基地", "C26"), ("汽车零部件二期工程", "C36"), ("绿色包装新材料工厂", "C29"),
    ];

    public static IEnumerable<(string Firm, string Project, string Industry, string CreditCode)> Portfolio()
    {
        foreach (var named in Named)
        {
            yield return (named.Firm, named.Project, named.Industry, named.CreditCode!);
        }
        for (var i = 0; i < Projects - Named.Length; i++)
        {
            var firm = Firms[i % Firms.Length];
            var kind = Kinds[i % Kinds.Length];
            // One code per firm (the firm register's), whichever of its projects this is.
            yield return ($"{firm}有限公司", $"{firm[2..]}{kind.Suffix}", kind.Industry, CreditCodeFor(i % Firms.Length));
        }
    }

    /// <summary>The 统一社会信用代码 the firm register (governance) gives the i-th demo portfolio firm.</summary>
    public static string CreditCodeFor(int i)
    {
        var organisation = $"MA3{i:D3}D7".Replace('0', 'K');
        var withCheck = organisation + UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organisation);
        var first17 = "91350503" + withCheck;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>Walks a project's tasks: all gating ones approved for the first <see cref="Ready"/>, a share of them for the rest.</summary>
    public static void Progress(int index, IReadOnlyList<ApprovalTask> tasks, DateTimeOffset registeredAt, WorkingDayCalendar calendar)
    {
        var order = DependencyGraph.TopologicalOrder(tasks.ToDictionary(t => t.SubItemCode, t => (IReadOnlyList<string>)t.Prerequisites));
        var gating = order.Select(code => tasks.First(t => t.SubItemCode == code)).Where(t => t.GatesGroundbreaking).ToList();
        var approve = index < Ready ? gating.Count : index % (gating.Count - 2);
        var day = registeredAt;
        foreach (var task in gating.Take(approve))
        {
            day = day.AddDays(3);
            task.Submit([.. task.RequiredMaterials], [], calendar, day);
            task.Accept(calendar, day);
            task.StartReview();
            task.Decide(true, "材料齐全，符合法定条件", [], calendar, day.AddDays(2));
        }
        if (approve < gating.Count)
        {
            var next = gating[approve];
            day = day.AddDays(3);
            next.Submit([.. next.RequiredMaterials], [], calendar, day);
            if (index % 2 == 0)
            {
                next.Accept(calendar, day);
                next.StartReview();
            }
        }
    }
}
