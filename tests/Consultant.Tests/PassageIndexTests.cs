namespace Qingmeng.PolicyMatch.Consultant.Tests;

public sealed class PassageIndexTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    internal static PolicyDocument Document(string code, int version, string clause, DateOnly? from = null, DateOnly? to = null) => new(
        code, version, $"测试政策{code}", "企业服务", "清濛开发区经济发展局", "清濛经发〔2026〕9号", "",
        ["测试"], [new PolicyDocumentClause(1, "支持标准", clause)], from ?? new DateOnly(2026, 1, 1), to);

    private static IReadOnlyList<PassageHit> Search(PassageIndex index, string question) => index.Search(index.Analyze(question), Day);

    [Fact]
    public void A_published_version_replaces_the_previous_one_at_runtime()
    {
        var index = new PassageIndex();
        index.Load([Document("QM-T-001", 1, "对购买环保设备的企业给予设备款5%的补助。"), Document("QM-T-002", 1, "对参加展会的企业给予展位费补助。")]);
        Assert.Equal(1, Search(index, "环保设备补助")[0].Passage.Version);

        Assert.True(index.Upsert(Document("QM-T-001", 2, "对购买节能设备的企业给予设备款8%的补助。")));

        Assert.Equal(2, index.VersionOf("QM-T-001"));
        Assert.DoesNotContain(Search(index, "环保设备"), h => h.Passage.Text.Contains("环保", StringComparison.Ordinal));
        var hit = Search(index, "节能设备补助")[0];
        Assert.Equal(("QM-T-001", 2), (hit.Passage.PolicyCode, hit.Passage.Version));
    }

    [Fact]
    public void An_items_similar_questions_find_it_in_the_askers_words_but_are_never_cited()
    {
        var index = new PassageIndex();
        var withSimilar = Document("QM-T-001", 1, "对取得知识产权质押融资的企业给予贷款利息50%的贴息。") with
        {
            SimilarQuestions = ["拿专利去银行抵押借钱，利息能报一部分吗", "用商标做抵押借款有没有利息补贴"],
        };
        index.Load([withSimilar, Document("QM-T-002", 1, "对首次获得银行贷款的企业给予利息补贴。")]);

        var hits = Search(index, "我们拿专利去银行抵押借了钱");

        Assert.Equal("QM-T-001", hits[0].Passage.PolicyCode);
        Assert.DoesNotContain(hits, h => h.Passage.ClauseHeading == SimilarQuestionCatalogue.Heading || h.Passage.ClauseNumber < 0);
        Assert.Equal(2, index.PassageCount);
    }

    [Fact]
    public void An_older_version_arriving_late_is_ignored()
    {
        var index = new PassageIndex();
        index.Load([Document("QM-T-001", 3, "对购买节能设备的企业给予补助。")]);

        Assert.False(index.Upsert(Document("QM-T-001", 2, "对购买环保设备的企业给予补助。")));
        Assert.Equal(3, index.VersionOf("QM-T-001"));
    }

    [Fact]
    public void A_retired_version_is_dropped_and_a_retirement_of_another_version_changes_nothing()
    {
        var index = new PassageIndex();
        index.Load([Document("QM-T-001", 2, "对购买节能设备的企业给予补助。"), Document("QM-T-002", 1, "对参加展会的企业给予展位费补助。")]);

        Assert.False(index.Remove("QM-T-001", 1));
        Assert.NotEmpty(Search(index, "节能设备"));

        Assert.True(index.Remove("QM-T-001", 2));
        Assert.Empty(Search(index, "节能设备"));
        Assert.Equal(["QM-T-002"], index.PolicyCodes);
    }

    [Fact]
    public void Passages_outside_their_effective_dates_are_never_returned()
    {
        var index = new PassageIndex();
        index.Load([
            Document("QM-T-001", 1, "对购买节能设备的企业给予补助。", to: new DateOnly(2026, 6, 30)),
            Document("QM-T-002", 1, "对购买节能设备的企业给予奖励。", from: new DateOnly(2027, 1, 1)),
            Document("QM-T-003", 1, "对购买节能设备的企业给予贴息。", to: new DateOnly(2026, 12, 31)),
        ]);

        var hits = Search(index, "节能设备");

        Assert.Equal(["QM-T-003"], hits.Select(h => h.Passage.PolicyCode).Distinct());
    }

    [Fact]
    public void Synonyms_find_the_policy_wording()
    {
        var index = new PassageIndex();
        index.Load([Document("QM-T-001", 1, "对获得银行贷款的小微企业给予贴息。"), Document("QM-T-002", 1, "对参加境外展会的企业给予展位费补助。")]);

        Assert.Equal("QM-T-001", Search(index, "找银行借钱利息能补吗")[0].Passage.PolicyCode);
        Assert.Equal("QM-T-002", Search(index, "去国外参加展览")[0].Passage.PolicyCode);
    }

    [Fact]
    public void Coverage_tells_how_much_of_the_topic_a_passage_answers()
    {
        var index = Consultants.SharedIndex;

        var onTopic = Search(index, "三争贷贴息比例是多少")[0];
        var offTopic = Search(index, "出口退税怎么办理").FirstOrDefault();

        Assert.Equal("QM-JR-004", onTopic.Passage.PolicyCode);
        Assert.True(onTopic.Coverage >= 0.5, $"coverage {onTopic.Coverage}");
        Assert.True(offTopic is null || offTopic.Coverage < onTopic.Coverage, $"coverage {offTopic?.Coverage}");
        // Export tax rebates are the tax office's: the out-of-scope topic tells what coverage alone cannot.
        Assert.Equal(ConsultDecision.OutOfScope, Consultants.Create(index).Plan("出口退税怎么办理").Decision);
    }
}
