using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.LabourDisputes;

namespace Qingmeng.Governance.Application;

/// <summary>The supervision rules on their own, so they are tested without a database.</summary>
public static class SupervisionRules
{
    /// <summary>Badly overdue: at least <paramref name="escalateAfterWorkingDays"/> whole working days have passed since the deadline (its first overdue day counts).</summary>
    public static bool IsBadlyOverdue(DateTimeOffset dueAt, DateTimeOffset now, int escalateAfterWorkingDays, WorkingDayCalendar calendar) =>
        now >= dueAt && calendar.CountWorkingDays(dueAt.AddTicks(-1), now) >= escalateAfterWorkingDays;

    /// <summary>Department reminders go to the department's duty inbox in the app (a platform subject, not a person).</summary>
    public static string DepartmentRecipient(string departmentCode) => $"department:{departmentCode}";

    public static string LabourTextFor(LabourReminderKind kind, string number, bool wageArrears, DateTimeOffset dueAt)
    {
        var due = ChinaTime.ToChinaTime(dueAt);
        var label = wageArrears ? "（欠薪）" : "";
        return kind switch
        {
            LabourReminderKind.AcceptanceOverdue => $"【催办】劳动争议仲裁申请 {number}{label} 已超过受理期限（{due:yyyy-MM-dd HH:mm}），请仲裁委员会立即作出受理或不予受理决定。",
            LabourReminderKind.AwardOverdue => $"【催办】劳动争议仲裁案件 {number}{label} 已超过裁决期限（{due:yyyy-MM-dd HH:mm}），请仲裁庭尽快裁决；逾期未裁决的，当事人可以向人民法院起诉。",
            LabourReminderKind.PerformanceOverdue => $"【催办】劳动争议仲裁案件 {number}{label} 的裁决逾期未履行（履行期限 {due:yyyy-MM-dd HH:mm}），请督促企业履行，或告知申请人申请强制执行。",
            _ => $"【催办】劳动争议案件 {number}{label} 在法院绿色通道的下一环节已逾期（{due:yyyy-MM-dd HH:mm}），请联络员协调快立、快审、快执、快结。",
        };
    }

    public static string TextFor(ReminderKind kind, string caseNumber, string departmentCode, DateTimeOffset dueAt)
    {
        var due = ChinaTime.ToChinaTime(dueAt);
        return kind switch
        {
            ReminderKind.SignForOverdue => $"【催办】工单 {caseNumber} 已超过签收时限（{due:yyyy-MM-dd HH:mm}），请 {departmentCode} 立即签收或退单。",
            ReminderKind.CompletionOverdue => $"【催办】工单 {caseNumber} 已超过办结时限（{due:yyyy-MM-dd HH:mm}），请 {departmentCode} 抓紧办结或申请延期。",
            _ => $"【升级督办】工单 {caseNumber} 严重超期（时限 {due:yyyy-MM-dd HH:mm}），承办部门 {departmentCode}，请中心领导督办。",
        };
    }
}
