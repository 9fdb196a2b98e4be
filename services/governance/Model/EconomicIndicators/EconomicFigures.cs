namespace Qingmeng.Governance.Model.EconomicIndicators;

/// <summary>One month's indicators of a 规上企业: industrial output value and tax in yuan, power use in kWh.</summary>
public sealed record EconomicFigures(decimal OutputValue, decimal PowerUse, decimal TaxPaid)
{
    public decimal Of(EconomicIndicator indicator) => indicator == EconomicIndicator.OutputValue ? OutputValue : PowerUse;
}

/// <summary>The indicators the alert rule watches; tax follows output with a lag, so it is reported but not watched.</summary>
public enum EconomicIndicator
{
    /// <summary>工业总产值.</summary>
    OutputValue,

    /// <summary>用电量.</summary>
    PowerUse,
}
