using Qingmeng.Contracts.ReferenceData;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Governance.Model.LabourDisputes;

/// <summary>
/// The statutory clocks of 劳动争议调解仲裁法 in China Standard Time, counted as 劳动人事争议仲裁办案规则 (人社部令第33号)
/// says in its 附则: 「三日」「五日」「十日」 are working days, 「十五日」「四十五日」 calendar days. So acceptance is due 5 working
/// days after filing (on the State Council calendar); the award 45 calendar days after acceptance, where a period whose
/// last day is a day off ends on the next working day (民事诉讼法第八十五条). The day a clock starts is not counted and a
/// deadline is 24:00 of its last day.
/// </summary>
public static class LabourDeadlines
{
    /// <summary>第二十九条: 收到仲裁申请之日起五日内 decide on acceptance (working days, per the arbitration rules).</summary>
    public const int AcceptanceWorkingDays = 5;

    /// <summary>第四十三条: 自受理仲裁申请之日起四十五日内 conclude.</summary>
    public const int AwardDays = 45;

    /// <summary>第四十三条: 经仲裁委员会主任批准可以延期，延长期限不得超过十五日.</summary>
    public const int MaxExtensionDays = 15;

    /// <summary>第四十八条、第五十条: 自收到裁决书之日起十五日内 a party may sue; after that the award is in force.</summary>
    public const int SuitDays = 15;

    /// <summary>The instant the acceptance decision is due for an application received at <paramref name="filedAt"/>.</summary>
    public static DateTimeOffset AcceptanceDue(DateTimeOffset filedAt, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(filedAt, AcceptanceWorkingDays).ToUniversalTime();

    /// <summary>The instant a period of <paramref name="days"/> calendar days starting at <paramref name="from"/> expires.</summary>
    public static DateTimeOffset DueAfter(DateTimeOffset from, int days, WorkingDayCalendar calendar)
    {
        var last = ChinaTime.ToChinaDate(from).AddDays(days);
        if (!calendar.IsWorkingDay(last))
        {
            last = calendar.NextWorkingDay(last);
        }
        return ChinaTime.StartOfDay(last.AddDays(1)).ToUniversalTime();
    }
}
