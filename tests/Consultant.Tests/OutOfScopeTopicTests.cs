namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// Questions another authority handles (个税, 公积金, 驾照, a private car's subsidy …) are referred to it by name, and the
/// out-of-scope topics that recognise them are never offered or cited as if they were policies. The questions here are in
/// no evaluation set and in no topic's examples.
/// </summary>
public sealed class OutOfScopeTopicTests
{
    [Theory]
    [InlineData("年终奖要交多少个人所得税", "税务")]
    [InlineData("想把公积金提出来装修房子", "公积金")]
    public void A_question_another_authority_handles_is_referred_to_it(string question, string authority)
    {
        var plan = Consultants.Create(Consultants.SharedIndex).Plan(question);

        Assert.Equal(ConsultDecision.OutOfScope, plan.Decision);
        Assert.Contains(authority, plan.Refusal, StringComparison.Ordinal);
        Assert.Empty(plan.Passages);
    }

    [Fact]
    public void The_gate_refers_a_question_that_reads_like_another_authoritys_even_when_a_zone_text_covers_its_words()
    {
        var gate = new AnswerGateOptions();
        var covered = new GateFeatures([1.0, 0.3], [1.0, 0.4], Evidence: 40);

        Assert.Equal(ConsultDecision.Answer, gate.Decide(covered).Decision);
        Assert.Equal(ConsultDecision.OutOfScope, gate.Decide(covered with { HandledElsewhere = gate.HandledElsewhereAt }).Decision);
    }

    [Fact]
    public void A_topic_of_another_authority_does_not_override_a_zone_text_that_covers_more_of_the_question()
    {
        var zone = PassageIndexTests.Document("QM-T-001", 1, "对招用残疾人就业的企业给予岗位补贴，每人每月500元。");
        var elsewhere = new PolicyDocument("ELSEWHERE-TEST", 1, OutOfScopeCatalogue.Category, OutOfScopeCatalogue.Category, "残疾人联合会",
            OutOfScopeCatalogue.Category, "此类问题不在清濛开发区的政策和平台办事范围内。", [], [], new DateOnly(2025, 1, 1), null)
        {
            SimilarQuestions = ["残疾人证怎么办理", "残疾人可以领什么补贴", "残疾人坐公交免费吗"],
        };
        var index = new PassageIndex();
        index.Load([zone, elsewhere]);

        var covered = Consultants.Create(index).Plan("企业招用残疾人就业有岗位补贴吗");
        var personal = Consultants.Create(index).Plan("残疾人证丢了怎么补办");

        Assert.Equal(0, covered.Features.HandledElsewhere);
        Assert.Equal("QM-T-001", covered.Matches[0].PolicyCode);
        Assert.True(personal.Features.HandledElsewhere > 0, "the topic's examples cover more of a question about the certificate");
    }

    [Fact]
    public void Out_of_scope_topics_are_never_matched_offered_or_cited()
    {
        var consultant = Consultants.Create(Consultants.SharedIndex);

        foreach (var question in EvaluationSet.Part("tuning").Concat(EvaluationSet.FirstSet()))
        {
            var plan = consultant.Plan(question.Question);
            Assert.DoesNotContain(plan.Matches, m => OutOfScopeCatalogue.IsOutOfScope(m.PolicyCode));
            Assert.DoesNotContain(plan.Passages, p => OutOfScopeCatalogue.IsOutOfScope(p.PolicyCode) || p.ClauseNumber < 0);
        }
    }

    [Fact]
    public void A_foreign_place_that_the_zones_items_are_asked_about_with_is_not_somewhere_else()
    {
        // Exhibitions abroad and export markets are the zone's business (境外展会, 出口); another Chinese city is not.
        Assert.Null(Consultants.SharedIndex.Analyze("我们准备去德国参加行业展会，展位费能补吗").ElsewherePlace);
        Assert.Equal("深圳", Consultants.SharedIndex.Analyze("深圳对研发投入大的企业有补贴吗").ElsewherePlace);
    }

    [Fact]
    public void Every_topic_names_who_handles_it_and_has_its_own_examples()
    {
        Assert.NotEmpty(OutOfScopeCatalogue.All);
        Assert.All(OutOfScopeCatalogue.All, topic =>
        {
            Assert.StartsWith(OutOfScopeCatalogue.CodePrefix, topic.Code, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(topic.HandledBy));
            Assert.True(topic.Questions.Count >= 10, $"{topic.Code} has {topic.Questions.Count} examples");
        });
        Assert.Equal(OutOfScopeCatalogue.All.Count, OutOfScopeCatalogue.All.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
    }
}
