namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// What makes new colloquial questions find their policy or guide: everyday words for the formal terms of the texts
/// (a lexicon grounded in them), and a coverage that weighs words by how specific they are in general Chinese.
/// The questions here are in neither part of the evaluation set.
/// </summary>
public sealed class GeneralisationTests
{
    private static readonly IReadOnlyList<PolicyDocument> Texts = [.. Consultants.CatalogueDocuments.Concat(GuideCatalogue.Documents())];

    [Theory]
    [InlineData("公司今年缴税比去年多了不少，区里有什么表示", "QM-CY-011")]
    [InlineData("晚上下班以后去哪里看病", "GUIDE-HEALTH-BOOKING")]
    public void A_question_in_everyday_words_ranks_its_policy_or_guide_first(string question, string expected)
    {
        var plan = Consultants.Create(Consultants.SharedIndex).Plan(question);

        Assert.True(expected == plan.Matches.FirstOrDefault()?.PolicyCode,
            $"expected {expected} first, got {string.Join(", ", plan.Matches.Select(m => $"{m.PolicyCode} ({m.Coverage:0.00})"))}");
    }

    [Fact]
    public void Each_group_of_everyday_words_names_a_word_the_policies_or_guides_use()
    {
        var words = Texts.SelectMany(d => ChineseTokenizer.Words(ChineseTokenizer.Normalize(
                d.Title + "。" + d.Summary + "。" + string.Join("。", d.Tags) + "。" + string.Join("。", d.Clauses.Select(c => c.Heading + "。" + c.Text)))))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(ConsultantLexicon.EverydayWords, group =>
            Assert.True(words.Contains(group[0]), $"{group[0]}, the first word of its group, is no word of a policy or guide"));
    }

    [Fact]
    public void Everyday_words_weigh_less_than_rare_ones_in_general_Chinese()
    {
        Assert.True(ChineseTokenizer.Specificity("起来") < 0.5);
        Assert.True(ChineseTokenizer.Specificity("孩子") < 0.5);
        Assert.Equal(1, ChineseTokenizer.Specificity("灭火器"));
        Assert.Equal(1, ChineseTokenizer.Specificity("驾照"));
    }

    [Fact]
    public void An_everyday_word_no_text_uses_lowers_coverage_less_than_a_rare_one()
    {
        var index = Consultants.SharedIndex;

        var withEverydayWord = index.PolicyCoverage(index.Analyze("稳岗返还，说起来"), "QM-JY-001");
        var withRareWord = index.PolicyCoverage(index.Analyze("稳岗返还，驾照"), "QM-JY-001");

        Assert.True(withEverydayWord > withRareWord, $"coverage {withEverydayWord:0.00} with an everyday word, {withRareWord:0.00} with a rare one");
    }

    [Fact]
    public void Strong_evidence_answers_a_question_whose_coverage_alone_would_be_referred()
    {
        var gate = new AnswerGateOptions();
        var weak = new GateFeatures([(gate.OutOfScopeBelow + gate.AnswerCoverage) / 2, gate.CandidateCoverage / 2], [1.0, 1 - 2 * gate.AnswerMargin],
            Evidence: gate.StrongEvidence / 2);
        var strong = weak with { Evidence = gate.StrongEvidence * 2 };

        Assert.Equal(ConsultDecision.Refer, gate.Decide(weak).Decision);
        Assert.Equal(ConsultDecision.Answer, gate.Decide(strong).Decision);
        Assert.Equal(ConsultDecision.OutOfScope, gate.Decide(strong with { Coverage = [gate.OutOfScopeBelow / 2, 0.02] }).Decision);
    }

    [Theory]
    [InlineData("深圳对研发投入大的企业有补贴吗", "深圳")]
    [InlineData("在北京找工作有什么补贴", "北京")]
    public void A_homophone_correction_never_touches_the_place_a_question_is_about(string question, string place)
    {
        // 深圳对 reads shen zhen dui; 圳对 alone reads like 针对, a word of the texts.
        Assert.Equal(place, Consultants.SharedIndex.Analyze(question).ElsewherePlace);
    }
}
