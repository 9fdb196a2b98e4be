using System.ComponentModel.DataAnnotations;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Model.EconomicIndicators;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Governance.Apis;

/// <summary>A 规上企业's month: output value and tax in yuan, power use in kWh, none negative.</summary>
public sealed record RecordEconomicReportRequest(
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, RegularExpression(ReportMonth.Pattern, ErrorMessage = "月份须为 yyyy-MM 格式，如 2026-10 (month must be written yyyy-MM)")] string Month,
    [property: Required, Range(typeof(decimal), "0", "9999999999999999", ErrorMessage = "工业总产值不能为负数 (outputValue cannot be negative)")] decimal? OutputValue,
    [property: Required, Range(typeof(decimal), "0", "9999999999999999", ErrorMessage = "用电量不能为负数 (powerUse cannot be negative)")] decimal? PowerUse,
    [property: Required, Range(typeof(decimal), "0", "9999999999999999", ErrorMessage = "税收不能为负数 (taxPaid cannot be negative)")] decimal? TaxPaid);

/// <summary>A recorded report, with the ECON-RUN case its drop opened.</summary>
public sealed record EconomicReportView(
    Guid Id, string CreditCode, string Month, decimal OutputValue, decimal PowerUse, decimal TaxPaid,
    string RecordedBy, DateTimeOffset RecordedAt, string? CorrectedBy, DateTimeOffset? CorrectedAt, Guid? AlertCaseId, string? AlertCaseNumber)
{
    public static EconomicReportView From(EconomicReport report) => new(
        report.Id, report.CreditCode, report.Month, report.OutputValue, report.PowerUse, report.TaxPaid,
        report.RecordedBy, report.RecordedAt, report.CorrectedBy, report.CorrectedAt, report.AlertCaseId, report.AlertCaseNumber);
}

/// <summary>
/// A month across the reporting firms. The year-on-year changes (同比, percent) compare the totals with the same month of
/// the previous year; null when that month has nothing to compare with.
/// </summary>
public sealed record EconomicSummaryView(
    string Month, int FirmsReporting, decimal OutputValue, decimal PowerUse, decimal TaxPaid,
    int FirmsReportingLastYear, decimal? OutputValueYearOnYearPercent, decimal? PowerUseYearOnYearPercent, decimal? TaxPaidYearOnYearPercent,
    int AlertsRaised)
{
    public static EconomicSummaryView From(EconomicMonthSummary summary) => new(
        summary.Month, summary.FirmsReporting, summary.Totals.OutputValue, summary.Totals.PowerUse, summary.Totals.TaxPaid,
        summary.FirmsReportingLastYear,
        Change(summary.Totals.OutputValue, summary.TotalsLastYear.OutputValue),
        Change(summary.Totals.PowerUse, summary.TotalsLastYear.PowerUse),
        Change(summary.Totals.TaxPaid, summary.TotalsLastYear.TaxPaid),
        summary.AlertsRaised);

    private static decimal? Change(decimal value, decimal lastYear) =>
        lastYear == 0 ? null : Math.Round((value - lastYear) / lastYear * 100m, 1, MidpointRounding.AwayFromZero);
}
