using System.Diagnostics.Metrics;

namespace Qingmeng.Finance.Operations;

/// <summary>Business KPIs of 银企对接 as OpenTelemetry metrics (meter <c>Qingmeng.Finance</c>) for the dashboard.</summary>
public sealed class FinanceMetrics
{
    public const string MeterName = "Qingmeng.Finance";

    private readonly Counter<long> _referrals;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _loansDisbursed;
    private readonly Counter<decimal> _amountDisbursed;
    private readonly Counter<long> _renewals;
    private readonly Counter<decimal> _renewalAmount;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _renewalWarnings;
    private readonly Histogram<int> _responseWorkingDays;

    public FinanceMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _referrals = meter.CreateCounter<long>("qingmeng.finance.referrals", "{referral}", "Referrals sent to banks with the firm's consent");
        _decisions = meter.CreateCounter<long>("qingmeng.finance.decisions", "{decision}", "Bank decisions on referrals, by outcome");
        _loansDisbursed = meter.CreateCounter<long>("qingmeng.finance.loans_disbursed", "{loan}", "New loans disbursed (renewals are counted as renewals)");
        _amountDisbursed = meter.CreateCounter<decimal>("qingmeng.finance.amount_disbursed", "yuan", "Amount of new loans disbursed");
        _renewals = meter.CreateCounter<long>("qingmeng.finance.renewals", "{loan}", "Loans renewed (续贷)");
        _renewalAmount = meter.CreateCounter<decimal>("qingmeng.finance.renewal_amount", "yuan", "Amount of renewal loans (续贷), replacing the loans they renew");
        _escalations = meter.CreateCounter<long>("qingmeng.finance.escalations", "{referral}", "Referrals escalated for an overdue bank response");
        _renewalWarnings = meter.CreateCounter<long>("qingmeng.finance.renewal_warnings", "{loan}", "Renewal early warnings sent");
        _responseWorkingDays = meter.CreateHistogram<int>("qingmeng.finance.bank_response_working_days", "d", "Working days from referral to the bank's first response");
    }

    public void Referred(string bankCode) => _referrals.Add(1, new KeyValuePair<string, object?>("bank", bankCode));

    public void Decided(string bankCode, string outcome) =>
        _decisions.Add(1, new KeyValuePair<string, object?>("bank", bankCode), new KeyValuePair<string, object?>("outcome", outcome));

    public void Responded(string bankCode, int? workingDays)
    {
        if (workingDays is { } days)
        {
            _responseWorkingDays.Record(days, new KeyValuePair<string, object?>("bank", bankCode));
        }
    }

    public void Disbursed(string bankCode, string productKind, decimal amount)
    {
        var tags = new[] { new KeyValuePair<string, object?>("bank", bankCode), new KeyValuePair<string, object?>("kind", productKind) };
        _loansDisbursed.Add(1, tags);
        _amountDisbursed.Add(amount, tags);
    }

    public void Renewed(string bankCode, decimal amount)
    {
        var bank = new KeyValuePair<string, object?>("bank", bankCode);
        _renewals.Add(1, bank);
        _renewalAmount.Add(amount, bank);
    }

    public void Escalated(string bankCode) => _escalations.Add(1, new KeyValuePair<string, object?>("bank", bankCode));

    public void RenewalWarned(string bankCode) => _renewalWarnings.Add(1, new KeyValuePair<string, object?>("bank", bankCode));
}
