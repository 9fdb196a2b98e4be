using Qingmeng.Governance.Model;
using Qingmeng.Governance.Infrastructure.ReferenceData;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Governance.Model.Cases;

namespace Governance.Tests;

/// <summary>Cases driven through legal transitions into each state, on the 2026 calendar.</summary>
internal static class CaseBuilder
{
    /// <summary>Monday 16 March 2026, 09:00 in China.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 16, 9, 0, 0, ChinaTime.Offset);

    public static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.ChinaMainland;

    public static GovernanceModule SafeProduction => GovernanceCatalogue.Modules.Single(m => m.Code == "SAFE-PROD");

    public const string Lead = "AJJ";
    public const string CoHandler = "XFJ";

    public static Case Filed(DateTimeOffset? at = null) =>
        Case.File("GD20260316000001", CaseChannel.Hotline, "SAFE-PROD", "厂房外墙广告牌松动", "台风季前需加固。",
            "91350500MA31GJ8K73", "13805951234", null, "citizen-1", at ?? Monday).Case;

    /// <summary>A case in <paramref name="status"/>; dispatched ones have <see cref="Lead"/> as lead and <see cref="CoHandler"/> as co-handler.</summary>
    public static Case In(CaseStatus status)
    {
        var c = Filed();
        if (status == CaseStatus.Accepted)
        {
            return c;
        }
        c.Dispatch(Lead, [CoHandler], SafeProduction, "dispatcher-1", Monday.AddHours(1), Calendar);
        if (status == CaseStatus.Dispatched)
        {
            return c;
        }
        if (status == CaseStatus.Returned)
        {
            c.Return(Lead, ReturnReason.NotOurResponsibility, "广告牌属城管职责", "officer-ajj", Monday.AddHours(2));
            return c;
        }
        c.SignFor(Lead, "officer-ajj", Monday.AddHours(2));
        if (status == CaseStatus.InProgress)
        {
            return c;
        }
        if (status == CaseStatus.AwaitingCoHandlers)
        {
            c.CloseByLead(Lead, "已责令加固", "officer-ajj", Monday.AddHours(3));
            return c;
        }
        c.ReportAsCoHandler(CoHandler, "消防通道已检查", "officer-xfj", Monday.AddHours(3));
        c.CloseByLead(Lead, "已责令加固", "officer-ajj", Monday.AddHours(4));
        if (status == CaseStatus.Closed)
        {
            return c;
        }
        c.FollowUp(true, "满意", "dispatcher-1", SafeProduction, Monday.AddHours(5), Calendar);
        return c;
    }

    /// <summary>Attempts <paramref name="action"/> with plausible arguments, as the lead department or the centre would.</summary>
    public static void Attempt(Case c, CaseAction action)
    {
        var at = Monday.AddHours(6);
        var lead = c.LeadDepartmentCode ?? Lead;
        switch (action)
        {
            case CaseAction.Dispatch:
                c.Dispatch("ZJJ", [], SafeProduction, "dispatcher-1", at, Calendar);
                break;
            case CaseAction.SignFor:
                c.SignFor(lead, "officer", at);
                break;
            case CaseAction.Return:
                c.Return(lead, ReturnReason.InsufficientInformation, "地址不详", "officer", at);
                break;
            case CaseAction.AddNote:
                c.AddProgressNote(null, "dispatcher-1", "已电话联系", at);
                break;
            case CaseAction.ReportAsCoHandler:
                c.ReportAsCoHandler(CoHandler, "协办完成", "officer-xfj", at);
                break;
            case CaseAction.RequestExtension:
                c.RequestExtension(lead, 2, "需第三方检测", "officer", at);
                break;
            case CaseAction.DecideExtension:
                c.DecideExtension(c.Extensions.FirstOrDefault()?.Id ?? Guid.NewGuid(), true, "dispatcher-1", at, Calendar);
                break;
            case CaseAction.CloseByCentre:
                c.CloseByCentre("热线已当场解答", "dispatcher-1", at);
                break;
            case CaseAction.CloseByLead:
                c.CloseByLead(lead, "已办结", "officer", at);
                break;
            case CaseAction.FollowUp:
                c.FollowUp(true, "满意", "dispatcher-1", SafeProduction, at, Calendar);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
