namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>What the consultant does with a question once it has its candidates.</summary>
public enum ConsultDecision
{
    /// <summary>One policy or guide answers it: the answer cites it.</summary>
    Answer,
    /// <summary>Two or three are about as close: "您可能想了解…" with each of them cited.</summary>
    Candidates,
    /// <summary>Something is close but the evidence is weak: a person should answer.</summary>
    Refer,
    /// <summary>Nothing in force covers the question: no zone policy or platform service is about it.</summary>
    OutOfScope,
}

/// <summary>What the gate reads about the best candidates (policies or guides), best first.</summary>
/// <param name="Coverage">Share of the question's topic each candidate covers over all its passages.</param>
/// <param name="Relevance">Each candidate's ranking score relative to the best (1 for the best).</param>
/// <param name="Elsewhere">The question is located in a place the zone's texts never name (在北京…, 深圳的…).</param>
/// <param name="Evidence">
/// The best candidate's best passage's BM25 score, absolute: how much of the texts' own vocabulary the question uses
/// about it. A colloquial question covers a policy's words only in part, but when those words are rare and many, the
/// evidence is strong; an out-of-scope question that shares one or two common words (补贴, 报名) has little.
/// </param>
/// <param name="HandledElsewhere">
/// The ranking score of the closest out-of-scope topic (个税, 公积金, 驾照 …) relative to the best policy or guide: 1 or more
/// when the question reads more like what another authority handles than like anything the zone does; 0 when none is close.
/// </param>
public sealed record GateFeatures(IReadOnlyList<double> Coverage, IReadOnlyList<double> Relevance, bool Elsewhere = false, double Evidence = 0,
    double HandledElsewhere = 0)
{
    public static readonly GateFeatures None = new([], []);

    /// <summary>How far the best is ahead of the next one (1 when there is no next one).</summary>
    public double Margin => Relevance.Count < 2 ? 1 : 1 - Relevance[1];
}
