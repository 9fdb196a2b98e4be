namespace Qingmeng.PolicyMatch.Consultant.Tests;

public sealed class TokenizerTests
{
    [Fact]
    public void Policy_terms_stay_whole_and_compounds_also_yield_their_parts()
    {
        var words = ChineseTokenizer.Words(ChineseTokenizer.Normalize("专精特新小巨人的研发费用加计扣除怎么算？"));

        Assert.Contains("专精特新", words);
        Assert.Contains("小巨人", words);
        Assert.Contains("加计扣除", words);
        Assert.Contains("研发费用", words);
        Assert.DoesNotContain("的", words);
        Assert.DoesNotContain("怎么", words);
    }

    [Fact]
    public void Full_width_letters_and_digits_are_normalised()
    {
        var words = ChineseTokenizer.Words(ChineseTokenizer.Normalize("公司准备ＩＰＯ上市，营收２０００万"));

        Assert.Contains("ipo", words);
        Assert.Contains("2000", words);
    }

    [Fact]
    public void Character_bigrams_cover_only_runs_of_han_characters()
    {
        Assert.Equal(["补贴", "贴息", "首贷"], ChineseTokenizer.CharacterBigrams("补贴息 a1 首贷"));
    }

    [Fact]
    public void Pinyin_readings_are_toneless_syllables()
    {
        Assert.Equal("bu tie", PinyinTable.Of("补贴"));
        Assert.Equal("zhuan jing te xin", PinyinTable.Of("专精特新"));
        Assert.Equal("a", PinyinTable.Of('a'));
    }

    [Theory]
    [InlineData("发明专力授权了能申请资助吗", "专力", "专利")]
    [InlineData("省级专精特心中小企业奖励怎么领", "专精特心", "专精特新")]
    [InlineData("今年没裁员，失业保险稳刚返还什么时候发", "稳刚返还", "稳岗返还")]
    [InlineData("以工代讯补贴怎么申请", "以工代讯", "以工代训")]
    public void Homophone_typos_are_corrected_against_the_policy_vocabulary(string question, string typo, string meant)
    {
        var analyzed = Consultants.SharedIndex.Analyze(question);

        Assert.Contains(analyzed.Corrections, c => c.From.Contains(typo, StringComparison.Ordinal) && c.To.Contains(meant, StringComparison.Ordinal));
        Assert.Contains(meant, analyzed.Corrected);
        Assert.DoesNotContain(typo, analyzed.Corrected);
    }

    [Fact]
    public void Real_words_are_not_corrected_into_policy_terms()
    {
        var analyzed = Consultants.SharedIndex.Analyze("事业单位的职工可以申请吗");

        Assert.Empty(analyzed.Corrections);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(35, "三十五")]
    [InlineData(105, "一百零五")]
    [InlineData(120, "一百二十")]
    public void Clause_numbers_read_as_chinese_numerals(int number, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.Of(number));
    }
}
