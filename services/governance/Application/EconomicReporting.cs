using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Model;
using Qingmeng.Governance.Model.Cases;
using Qingmeng.Governance.Model.EconomicIndicators;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Application;

/// <summary>A recorded report: whether it was new, whether anything was written, and the drops it showed.</summary>
public sealed record EconomicReportRecorded(EconomicReport Report, bool Created, bool Changed, IReadOnlyList<EconomicDrop> Drops);

/// <summary>A month across the reporting firms, with the same month of the previous year for the year-on-year change.</summary>
public sealed record EconomicMonthSummary(
    string Month, int FirmsReporting, EconomicFigures Totals, int FirmsReportingLastYear, EconomicFigures TotalsLastYear, int AlertsRaised);

/// <summary>
/// 规上企业月报 from 经济发展局: records or corrects a firm's month, applies <see cref="EconomicBandRule"/> and, on a drop,
/// opens one ECON-RUN case for the firm and month through <see cref="CaseIntake"/>. The case's source reference is the
/// firm and month, so a repeated or corrected report never opens a second case (its unique index settles a race).
/// </summary>
public sealed class EconomicReporting(
    GovernanceContext db, CaseIntake intake, IOptions<EconomicMonitoringOptions> options, ILogger<EconomicReporting> logger)
{
    public static readonly PlatformUser Monitor = PlatformUser.System("service:economic-monitoring", "经济运行监测");

    public async Task<Outcome<EconomicReportRecorded>> RecordAsync(
        string creditCode, string month, EconomicFigures figures, PlatformUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!ReportMonth.TryParse(month, out var reportMonth))
        {
            return Failure.Invalid("month", "月份须为 yyyy-MM 格式，如 2026-10 (month must be written yyyy-MM)");
        }
        if (EconomicReport.Check(reportMonth, ChinaTime.ToChinaDate(now)) is { } problem)
        {
            return problem;
        }
        var code = RegisteredFirm.Normalise(creditCode);
        var firm = await db.Firms.AsNoTracking().FirstOrDefaultAsync(f => f.CreditCode == code, cancellationToken);
        if (firm is null)
        {
            return Failure.NotFound("creditCode", $"注册企业名录中没有 {code} (no registered firm {code})");
        }

        var monthText = reportMonth.ToString();
        var report = await db.EconomicReports.FirstOrDefaultAsync(r => r.CreditCode == code && r.Month == monthText, cancellationToken);
        var created = report is null;
        if (report is null)
        {
            report = EconomicReport.Record(code, reportMonth, figures, user.Subject, now);
            db.EconomicReports.Add(report);
            db.AddAudit(user, "economic-report.recorded", "economic-report", report.Id.ToString(), now);
        }
        else if (report.Correct(figures, user.Subject, now))
        {
            db.AddAudit(user, "economic-report.corrected", "economic-report", report.Id.ToString(), now);
        }
        else
        {
            return new EconomicReportRecorded(report, false, false, []);
        }

        var drops = await AssessAsync(code, reportMonth, figures, cancellationToken);
        Case? alert = null;
        var reference = EconomicReport.AlertReference(code, reportMonth);
        if (drops.Count > 0 && report.AlertCaseId is null && !await db.Cases.AnyAsync(c => c.SourceReference == reference, cancellationToken))
        {
            alert = await intake.FileAsync(
                new CaseIntakeRequest(
                    CaseChannel.ServiceEvent, EconomicReport.ModuleCode, null, AlertTitle(firm, reportMonth, drops), AlertDescription(firm, reportMonth, drops),
                    code, null, null, null, reference),
                Monitor, now, cancellationToken);
            report.AttachAlertCase(alert.Id, alert.Number);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict("month", $"企业 {code} {monthText} 的月报已由他人同时报送，请重新读取后再更正 (the month was reported meanwhile; read it again)");
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Failure.Conflict("month", $"企业 {code} {monthText} 的月报已被他人更正，请重新读取后再更正 (the report was corrected meanwhile; read it again)");
        }
        if (alert is not null)
        {
            GovernanceLog.EconomicAlertRaised(logger, code, monthText, string.Join(", ", drops.Select(d => $"{d.Indicator} -{d.DropPercent}%")), alert.Number);
        }
        return new EconomicReportRecorded(report, created, true, drops);
    }

    /// <summary>The band rule against the firm's own history: the same month last year, else its three months before.</summary>
    private async Task<IReadOnlyList<EconomicDrop>> AssessAsync(string creditCode, ReportMonth month, EconomicFigures figures, CancellationToken cancellationToken)
    {
        var lastYear = month.SameMonthLastYear.ToString();
        var threeBack = month.AddMonths(-3).ToString();
        var monthText = month.ToString();
        var history = await db.EconomicReports.AsNoTracking()
            .Where(r => r.CreditCode == creditCode && (r.Month == lastYear || (string.Compare(r.Month, threeBack) >= 0 && string.Compare(r.Month, monthText) < 0)))
            .Select(r => new { r.Month, r.OutputValue, r.PowerUse, r.TaxPaid })
            .ToListAsync(cancellationToken);
        var sameMonthLastYear = history.Where(r => r.Month == lastYear).Select(r => new EconomicFigures(r.OutputValue, r.PowerUse, r.TaxPaid)).FirstOrDefault();
        var previous = history.Where(r => r.Month != lastYear).Select(r => new EconomicFigures(r.OutputValue, r.PowerUse, r.TaxPaid)).ToList();
        return EconomicBandRule.Assess(figures, sameMonthLastYear, previous, options.Value.DropThresholdPercent);
    }

    public static string AlertTitle(RegisteredFirm firm, ReportMonth month, IReadOnlyList<EconomicDrop> drops)
    {
        var worst = drops.MaxBy(d => d.DropPercent)!;
        return $"经济运行预警：{firm.Name} {month} {IndicatorName(worst.Indicator)}{BaselineName(worst.Baseline)}下降 {Percent(worst.DropPercent)}";
    }

    public static string AlertDescription(RegisteredFirm firm, ReportMonth month, IReadOnlyList<EconomicDrop> drops)
    {
        var lines = drops.Select(d =>
            $"{IndicatorName(d.Indicator)} {Amount(d.Value)} {Unit(d.Indicator)}，{BaselineName(d.Baseline)} {Amount(d.BaselineValue)} {Unit(d.Indicator)}，下降 {Percent(d.DropPercent)}");
        return $"规上企业 {firm.Name}（{firm.CreditCode}）{month} 月报低于监测区间：{string.Join("；", lines)}。请经济发展局走访企业、了解原因并协调解决。";
    }

    private static string IndicatorName(EconomicIndicator indicator) => indicator == EconomicIndicator.OutputValue ? "工业总产值" : "用电量";

    private static string Unit(EconomicIndicator indicator) => indicator == EconomicIndicator.OutputValue ? "元" : "千瓦时";

    private static string BaselineName(EconomicBaseline baseline) => baseline == EconomicBaseline.SameMonthLastYear ? "同比上年同月" : "较前三个月平均";

    private static string Amount(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public async Task<EconomicMonthSummary> SummarizeAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        var monthText = month.ToString();
        var lastYear = month.SameMonthLastYear.ToString();
        var totals = await db.EconomicReports.AsNoTracking()
            .Where(r => r.Month == monthText || r.Month == lastYear)
            .GroupBy(r => r.Month)
            .Select(g => new
            {
                Month = g.Key,
                Firms = g.Count(),
                OutputValue = g.Sum(r => r.OutputValue),
                PowerUse = g.Sum(r => r.PowerUse),
                TaxPaid = g.Sum(r => r.TaxPaid),
                Alerts = g.Count(r => r.AlertCaseId != null),
            })
            .ToListAsync(cancellationToken);
        var current = totals.FirstOrDefault(t => t.Month == monthText);
        var previous = totals.FirstOrDefault(t => t.Month == lastYear);
        return new EconomicMonthSummary(
            monthText,
            current?.Firms ?? 0,
            new EconomicFigures(current?.OutputValue ?? 0, current?.PowerUse ?? 0, current?.TaxPaid ?? 0),
            previous?.Firms ?? 0,
            new EconomicFigures(previous?.OutputValue ?? 0, previous?.PowerUse ?? 0, previous?.TaxPaid ?? 0),
            current?.Alerts ?? 0);
    }
}
