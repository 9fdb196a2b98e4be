using System.Diagnostics.Metrics;

namespace Qingmeng.Talent.Operations;

/// <summary>The service's KPIs as OpenTelemetry metrics (meter <c>Qingmeng.Talent</c>).</summary>
public sealed class TalentMetrics
{
    public const string MeterName = "Qingmeng.Talent";

    private readonly Counter<long> _postings;
    private readonly Counter<long> _applications;
    private readonly Counter<long> _hires;
    private readonly Counter<long> _retentions;
    private readonly Counter<long> _certified;
    private readonly UpDownCounter<long> _occupiedUnits;
    private readonly Counter<long> _incentivesPaid;
    private readonly Counter<long> _assistanceApplications;
    private readonly Counter<decimal> _assistancePaid;
    private readonly Counter<long> _healthBookings;

    public TalentMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _postings = meter.CreateCounter<long>("qingmeng.talent.job_postings", "{posting}", "Job postings published");
        _applications = meter.CreateCounter<long>("qingmeng.talent.applications", "{application}", "Applications submitted");
        _hires = meter.CreateCounter<long>("qingmeng.talent.hires", "{hire}", "Hires confirmed");
        _retentions = meter.CreateCounter<long>("qingmeng.talent.retentions", "{hire}", "Retention milestones confirmed, by months");
        _certified = meter.CreateCounter<long>("qingmeng.talent.certified", "{talent}", "Talents certified, by tier");
        _occupiedUnits = meter.CreateUpDownCounter<long>("qingmeng.talent.apartments.occupied", "{unit}", "Talent apartment units let by this replica since start");
        _incentivesPaid = meter.CreateCounter<long>("qingmeng.talent.ambassador_incentives_paid", "{referral}", "Ambassador incentives paid");
        _assistanceApplications = meter.CreateCounter<long>("qingmeng.talent.welfare.assistance_applications", "{application}", "Assistance applications (救助/帮扶) submitted, by type");
        _assistancePaid = meter.CreateCounter<decimal>("qingmeng.talent.welfare.assistance_paid", "CNY", "Assistance paid to households in difficulty (yuan), by type");
        _healthBookings = meter.CreateCounter<long>("qingmeng.talent.welfare.health_bookings", "{booking}", "健康十条 home-visit and extended-hours bookings, by kind");
    }

    public void PostingPublished() => _postings.Add(1);

    public void ApplicationSubmitted() => _applications.Add(1);

    public void HireConfirmed(bool referred) => _hires.Add(1, new KeyValuePair<string, object?>("referred", referred));

    public void RetentionConfirmed(int months) => _retentions.Add(1, new KeyValuePair<string, object?>("months", months));

    public void TalentCertified(string tier) => _certified.Add(1, new KeyValuePair<string, object?>("tier", tier));

    public void UnitAllocated() => _occupiedUnits.Add(1);

    public void IncentivePaid() => _incentivesPaid.Add(1);

    public void AssistanceApplied(string type) => _assistanceApplications.Add(1, new KeyValuePair<string, object?>("type", type));

    public void AssistancePaid(string type, decimal amount) => _assistancePaid.Add(amount, new KeyValuePair<string, object?>("type", type));

    public void HealthBooked(string kind) => _healthBookings.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
