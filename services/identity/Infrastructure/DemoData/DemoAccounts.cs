using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Identity.Infrastructure.DemoData;

/// <summary>
/// One demo account per role (listed in README.md), seeded only when <c>DemoData:Enabled</c> is true.
/// Credit codes and the resident ID carry valid check characters (GB 32100-2015, GB 11643-1999).
/// </summary>
public static class DemoAccounts
{
    /// <summary>The one password of every demo account. Demo data never runs in production.</summary>
    public const string Password = "Qingmeng#2026";

    /// <summary>泉州杰嘉电子有限公司 (firm A).</summary>
    public const string JiejiaCreditCode = "91350500MA31GJ8K73";

    /// <summary>福建路金汽车精密零部件有限公司 (firm B).</summary>
    public const string LujinCreditCode = "91350503MA33RK6N3U";

    /// <summary>A fictitious Quanzhou (丰泽区 350503) resident ID.</summary>
    public const string CitizenResidentId = "350503198806122318";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("jiejia.admin", "林晓燕", PlatformRoles.Firm, CreditCode: JiejiaCreditCode, IsFirmAdmin: true),
        new("jiejia.staff", "黄伟明", PlatformRoles.Firm, CreditCode: JiejiaCreditCode),
        new("lujin.admin", "蔡建华", PlatformRoles.Firm, CreditCode: LujinCreditCode, IsFirmAdmin: true),
        new("citizen.chen", "陈志强", PlatformRoles.Citizen, ResidentIdNumber: CitizenResidentId, PhoneNumber: "13805951234"),
        new("dispatcher.wang", "王丽娟", PlatformRoles.Dispatcher),
        new("officer.zjj", "许文斌", PlatformRoles.DepartmentOfficer, DepartmentCode: "ZJJ"),
        new("officer.zrj", "郑美玲", PlatformRoles.DepartmentOfficer, DepartmentCode: "ZRJ"),
        // The other three approval departments, so every sub-item can be walked through with the right officer; like every
        // officer's, the user name is the shared catalogue's code (生态环境局 HBJ handles sub-items STHJ-…, 应急管理局 AJJ YJGL-…).
        new("officer.fgj", "陈永辉", PlatformRoles.DepartmentOfficer, DepartmentCode: DepartmentCatalogue.DevelopmentAndReform),
        new("officer.hbj", "刘雅琴", PlatformRoles.DepartmentOfficer, DepartmentCode: DepartmentCatalogue.EcologyAndEnvironment),
        new("officer.ajj", "洪志坚", PlatformRoles.DepartmentOfficer, DepartmentCode: DepartmentCatalogue.EmergencyManagement),
        // 民政局: keeps talent's register of households in difficulty and decides on 救助 (worker welfare).
        new("officer.mzj", "苏秀琴", PlatformRoles.DepartmentOfficer, DepartmentCode: "MZJ"),
        // 人社局 hosts the labour-dispute arbitration commission: an arbitrator accepts, extends and awards; the
        // commission's director decides the arbitrator's extension requests (never the requester).
        new("officer.rsj", "施雅婷", PlatformRoles.DepartmentOfficer, DepartmentCode: "RSJ"),
        new("director.rsj", "庄明哲", PlatformRoles.DepartmentOfficer, DepartmentCode: "RSJ"),
        new("agent.lin", "林国栋", PlatformRoles.Agent),
        new("bank.qzbank", "吴晓东", PlatformRoles.BankOfficer, BankCode: "QZBANK"),
        new("policy.zhang", "张慧敏", PlatformRoles.PolicyOfficer),
        new("admin", "李志远", PlatformRoles.Admin),
    ];
}

public sealed record DemoAccount(
    string UserName, string DisplayName, string Role, string? CreditCode = null, bool IsFirmAdmin = false,
    string? ResidentIdNumber = null, string? PhoneNumber = null, string? DepartmentCode = null, string? BankCode = null);
