using System.Diagnostics.Metrics;

namespace Qingmeng.PolicyMatch.Operations;

/// <summary>Questions answered or referred, and how long an answer takes (exported with the platform's meters).</summary>
public sealed class ConsultantMetrics
{
    public const string MeterName = "Qingmeng.PolicyMatch.Consultant";

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _duration;

    public ConsultantMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("qingmeng.consultant.questions", "{question}", "Questions put to the policy consultant");
        _duration = meter.CreateHistogram<double>("qingmeng.consultant.answer.duration", "ms", "Time to answer a question");
    }

    public void Asked(bool answered, string mode, TimeSpan elapsed)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", answered ? "answered" : "referred");
        var answerMode = new KeyValuePair<string, object?>("mode", mode);
        _questions.Add(1, outcome, answerMode);
        _duration.Record(elapsed.TotalMilliseconds, outcome, answerMode);
    }
}
