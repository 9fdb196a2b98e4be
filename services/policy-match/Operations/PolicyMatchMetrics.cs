using System.Diagnostics.Metrics;

namespace Qingmeng.PolicyMatch.Operations;

/// <summary>Business KPIs on the dashboard: matches, pushes, applications, amounts paid and the 秒兑现 speed.</summary>
public sealed class PolicyMatchMetrics
{
    public const string MeterName = "Qingmeng.PolicyMatch";

    private readonly Counter<long> _matches;
    private readonly Counter<long> _becameEligible;
    private readonly Counter<long> _pushes;
    private readonly Counter<long> _applications;
    private readonly Counter<long> _payments;
    private readonly Counter<decimal> _amountPaid;
    private readonly Counter<decimal> _amountClawedBack;
    private readonly Histogram<double> _eligibleToPaid;
    private readonly Counter<long> _guided;

    public PolicyMatchMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _matches = meter.CreateCounter<long>("qingmeng.policy.matches", "{evaluation}", "Firm × policy evaluations");
        _becameEligible = meter.CreateCounter<long>("qingmeng.policy.eligible", "{match}", "Firms that became eligible for a policy version");
        _pushes = meter.CreateCounter<long>("qingmeng.policy.pushes", "{notification}", "Policy pushes by outcome");
        _applications = meter.CreateCounter<long>("qingmeng.policy.applications", "{application}", "快申快享 applications and their decisions");
        _payments = meter.CreateCounter<long>("qingmeng.policy.subsidies.paid", "{payment}", "Subsidies paid (firm-times)");
        _amountPaid = meter.CreateCounter<decimal>("qingmeng.policy.subsidies.amount", "CNY", "Subsidy amount paid, in yuan");
        _amountClawedBack = meter.CreateCounter<decimal>("qingmeng.policy.subsidies.clawback", "CNY", "Amount to recover after corrected facts, in yuan");
        _guided = meter.CreateCounter<long>("qingmeng.policy.guided", "{project}", "申报辅导: firm × policy projects guided");
        _eligibleToPaid = meter.CreateHistogram<double>("qingmeng.policy.eligible_to_paid", "s", "秒兑现 speed: from eligibility to payment");
    }

    public void Matched(int count, int becameEligible)
    {
        _matches.Add(count);
        if (becameEligible > 0)
        {
            _becameEligible.Add(becameEligible);
        }
    }

    public void Pushed(string outcome) => _pushes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Application(string stage) => _applications.Add(1, new KeyValuePair<string, object?>("stage", stage));

    public void Paid(string policyCode, decimal amount, TimeSpan? sinceEligible)
    {
        var tag = new KeyValuePair<string, object?>("policy", policyCode);
        _payments.Add(1, tag);
        _amountPaid.Add(amount, tag);
        if (sinceEligible is { } elapsed)
        {
            _eligibleToPaid.Record(Math.Max(0, elapsed.TotalSeconds), tag);
        }
    }

    public void Guided() => _guided.Add(1);

    public void ClawedBack(string policyCode, decimal amount) =>
        _amountClawedBack.Add(amount, new KeyValuePair<string, object?>("policy", policyCode));
}
