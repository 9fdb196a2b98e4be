using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Governance.Model.EconomicIndicators;

/// <summary>
/// 规上企业月报: one registered firm's indicators for one month. There is one report per firm and month; a correction
/// replaces the figures (and is audited by the caller). <see cref="AlertCaseNumber"/> names the ECON-RUN case its drop opened.
/// </summary>
public sealed class EconomicReport
{
    /// <summary>The module whose cases a drop opens (经济运行, handled by 经济发展局).</summary>
    public const string ModuleCode = "ECON-RUN";

    private EconomicReport()
    {
    }

    public Guid Id { get; private set; }

    public string CreditCode { get; private set; } = "";

    /// <summary><c>yyyy-MM</c>; sorts as the month does.</summary>
    public string Month { get; private set; } = "";

    /// <summary>工业总产值, yuan.</summary>
    public decimal OutputValue { get; private set; }

    /// <summary>用电量, kWh.</summary>
    public decimal PowerUse { get; private set; }

    /// <summary>税收, yuan.</summary>
    public decimal TaxPaid { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string? CorrectedBy { get; private set; }

    public DateTimeOffset? CorrectedAt { get; private set; }

    public Guid? AlertCaseId { get; private set; }

    public string? AlertCaseNumber { get; private set; }

    public uint Version { get; private set; }

    public EconomicFigures Figures => new(OutputValue, PowerUse, TaxPaid);

    /// <summary>The rules the request annotations cannot state: a month that has begun (China time).</summary>
    public static Failure? Check(ReportMonth month, DateOnly today) =>
        new DateOnly(month.Year, month.Month, 1) > today
            ? Failure.Unprocessable("month", $"月份 {month} 尚未开始，不能报送 (month {month} has not begun)")
            : null;

    public static EconomicReport Record(string creditCode, ReportMonth month, EconomicFigures figures, string recordedBy, DateTimeOffset now)
    {
        var report = new EconomicReport { Id = Guid.CreateVersion7(now), CreditCode = creditCode, Month = month.ToString(), RecordedBy = recordedBy, RecordedAt = now };
        report.Apply(figures);
        return report;
    }

    /// <summary>Replaces the figures; false when they were already so (nothing to write).</summary>
    public bool Correct(EconomicFigures figures, string correctedBy, DateTimeOffset now)
    {
        if (Figures == figures)
        {
            return false;
        }
        Apply(figures);
        CorrectedBy = correctedBy;
        CorrectedAt = now;
        return true;
    }

    public void AttachAlertCase(Guid caseId, string caseNumber)
    {
        AlertCaseId = caseId;
        AlertCaseNumber = caseNumber;
    }

    /// <summary>The source reference of the one ECON-RUN case a firm's month can open.</summary>
    public static string AlertReference(string creditCode, ReportMonth month) => $"{ModuleCode}:{creditCode}:{month}";

    private void Apply(EconomicFigures figures)
    {
        OutputValue = figures.OutputValue;
        PowerUse = figures.PowerUse;
        TaxPaid = figures.TaxPaid;
    }
}
