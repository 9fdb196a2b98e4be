extern alias governance;

using governance::Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Calendar;
using governance::Qingmeng.Governance.Infrastructure.ReferenceData;
using governance::Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Benchmarks.Governance;

/// <summary>
/// A month of cases (March 2026) driven through the domain model exactly as the API would, deterministic for a seed:
/// every module and channel, 90 % to the module's default department, 5 % co-handled, 5 % duplicates, 6 % returned
/// (most in time with a coded reason) and re-dispatched, 3 % never signed for and 7 % signed late, 4 % with an approved
/// extension, 85 % of the signed closed (12 % of those late), 70 % of the closed followed up (8 % unsatisfied, reopened,
/// half of them closed again). Facts after the end of the month exist too, as they would on a live system.
/// </summary>
public static class CaseHistory
{
    public static readonly DateOnly From = new(2026, 3, 1);
    public static readonly DateOnly To = new(2026, 3, 31);

    /// <summary>The KPIs are evaluated at the end of the month (what the dashboard shows on 1 April at 00:00).</summary>
    public static DateTimeOffset AsOf => ChinaTime.StartOfDay(To.AddDays(1)).ToUniversalTime();

    private static readonly string[] Streets = ["清濛大道", "紫山路", "崇宏街", "滨江路", "科创路", "德泰路", "江南大道", "园区一路", "园区二路", "泉秀街"];
    private static readonly ReturnReason[] Reasons = Enum.GetValues<ReturnReason>();
    private static readonly CaseChannel[] Channels = [CaseChannel.Hotline, CaseChannel.Hotline, CaseChannel.Hotline, CaseChannel.App, CaseChannel.App,
        CaseChannel.WalkIn, CaseChannel.PetitionLetter, CaseChannel.GovernmentFirmMeeting, CaseChannel.CadreFirmVisit, CaseChannel.ServiceEvent];

    public static IEnumerable<Case> Generate(int count, int seed = 20260301)
    {
        var random = new Random(seed);
        var calendar = WorkingDayCalendar.ChinaMainland;
        var modules = GovernanceCatalogue.Modules;
        var departments = GovernanceCatalogue.Departments.Select(d => d.Code).ToArray();
        var recent = new Guid[512];
        var start = ChinaTime.StartOfDay(From).ToUniversalTime();
        for (var i = 0; i < count; i++)
        {
            // Spread over the month, mostly in office hours; ordered so numbers and ids grow with time.
            var minute = (int)((long)i * 31 * 24 * 60 / count);
            var filedAt = start.AddMinutes(minute).AddSeconds(random.Next(60));
            if (filedAt.ToOffset(ChinaTime.Offset).Hour < 8 && random.Next(4) > 0)
            {
                filedAt = filedAt.AddHours(8);
            }
            var module = modules[random.Next(modules.Length)];
            var services = GovernanceCatalogue.ServiceTypes.Where(s => s.ModuleCode == module.Code).ToArray();
            var street = Streets[random.Next(Streets.Length)];
            var (c, _) = Case.File(
                $"GD{ChinaTime.ToChinaDate(filedAt):yyyyMMdd}{i % 1_000_000:D6}", Channels[random.Next(Channels.Length)], module.Code,
                $"{module.Name}诉求：{street}{random.Next(1, 300)}号", $"群众反映{street}一带{module.Name}方面的问题，请相关部门核实处理。",
                random.Next(10) < 3 ? $"91350500MA{random.Next(1_000_000):D6}0X" : null, $"138{random.Next(100_000_000):D8}",
                null, random.Next(3) == 0 ? "hotline-12345-system" : "dispatcher.wang", filedAt,
                services.Length > 0 ? services[random.Next(services.Length)].Code : null, $"{street}{random.Next(1, 300)}号");
            if (i > 0 && random.Next(100) < 5)
            {
                c.LinkAsDuplicateOf(recent[random.Next(Math.Min(i, recent.Length))]);
            }
            recent[i % recent.Length] = c.Id;

            var lead = random.Next(10) < 9 ? module.DefaultDepartmentCode : departments[random.Next(departments.Length)];
            string[] coHandlers = random.Next(100) < 5 ? [OtherThan(lead)] : [];
            var at = filedAt.AddMinutes(5 + random.Next(120));
            c.Dispatch(lead, coHandlers, module, "dispatcher.wang", at, calendar);

            if (random.Next(100) < 6)
            {
                // 退单: 70 % in time with a coded reason, the rest after the sign-for deadline; the centre re-dispatches.
                at = random.Next(10) < 7 ? at.AddHours(1 + random.Next(6)) : c.SignForDueAt!.Value.AddHours(2 + random.Next(20));
                c.Return(lead, Reasons[random.Next(Reasons.Length)], "不属于本部门职责范围。", $"officer.{lead.ToLowerInvariant()}", at);
                var previous = lead;
                lead = previous != module.DefaultDepartmentCode ? module.DefaultDepartmentCode : OtherThan(previous);
                at = at.AddHours(1);
                coHandlers = [];
                c.Dispatch(lead, coHandlers, module, "dispatcher.wang", at, calendar);
            }
            var officer = $"officer.{lead.ToLowerInvariant()}";

            var signFor = random.Next(100);
            if (signFor < 3)
            {
                yield return c; // never signed for: still waiting in the inbox
                continue;
            }
            var signForDue = c.SignForDueAt!.Value;
            at = signFor < 10 ? signForDue.AddHours(1 + random.Next(48)) : at + (signForDue - at) * random.NextDouble() * 0.5;
            c.SignFor(lead, officer, at);

            var due = c.CompletionDueAt!.Value;
            var extended = random.Next(100) < 4;
            if (extended)
            {
                var extension = c.RequestExtension(lead, 5, "需第三方检测，申请延期。", officer, at.AddDays(1));
                c.DecideExtension(extension.Id, true, "dispatcher.wang", at.AddDays(1).AddHours(2), calendar);
            }
            if (random.Next(100) >= 85)
            {
                yield return c; // still being handled
                continue;
            }
            var closeAt = extended
                ? due.AddHours(6)                                                   // after the original deadline, inside the extension
                : random.Next(100) < 88 ? at + (due - at) * random.NextDouble()     // on time
                : due.AddHours(2 + random.Next(24 * 10));                           // late
            if (closeAt <= at)
            {
                closeAt = at.AddMinutes(30);
            }
            foreach (var coHandler in coHandlers)
            {
                c.ReportAsCoHandler(coHandler, "已配合现场核查。", $"officer.{coHandler.ToLowerInvariant()}", closeAt.AddMinutes(-20));
            }
            c.CloseByLead(lead, "已现场核实并处理完毕。", officer, closeAt);

            if (random.Next(100) < 70)
            {
                var followUpAt = closeAt.AddDays(1 + random.Next(3));
                var satisfied = random.Next(100) >= 8;
                c.FollowUp(satisfied, satisfied ? "满意。" : "问题仍未解决。", "hotline-12345-system", module, followUpAt, calendar);
                if (!satisfied && random.Next(2) == 0)
                {
                    foreach (var coHandler in coHandlers)
                    {
                        c.ReportAsCoHandler(coHandler, "已再次配合核查。", $"officer.{coHandler.ToLowerInvariant()}", followUpAt.AddDays(1));
                    }
                    c.CloseByLead(lead, "已重新处理并答复。", officer, followUpAt.AddDays(2));
                }
            }
            yield return c;
        }

        string OtherThan(string department)
        {
            string other;
            do
            {
                other = departments[random.Next(departments.Length)];
            }
            while (other == department);
            return other;
        }
    }
}
