using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Tests.Validation;

public sealed class UnifiedSocialCreditCodeTests
{
    // Codes published by the entities themselves (business licences, annual reports); each one passes both the
    // GB 11714 organisation-code check and the GB 32100 final check, which a random string does 1 time in 341.
    [Theory]
    [InlineData("91350100M000100Y43")] // the sample code printed in many GB 32100 explanations
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司 (organisation check character X)
    [InlineData("91330100716105852F")] // 阿里巴巴（中国）有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    public void IsValid_publishedCode_isTrue(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    // Seed-data shapes for other registration authorities and organisation types, generated with the checks below.
    [Theory]
    [InlineData("91350100MA2YQ3LW72")] // enterprise
    [InlineData("12350000488033411Q")] // public institution (机构编制 / 事业单位)
    [InlineData("92440300L12345674D")] // individual business (个体工商户)
    [InlineData("N2110108MA0042K871")] // rural collective economic organisation
    [InlineData("511100005000073994")] // social organisation (民政 / 社会团体)
    [InlineData("Y1310115MA1H7P9T52")] // other authorities
    public void IsValid_generatedSeedCode_isTrue(string code) => Assert.True(UnifiedSocialCreditCode.IsValid(code));

    [Fact]
    public void ComputeCheckCharacter_publishedCodePrefix_returnsPublishedCheckCharacter()
    {
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
        Assert.Equal('G', UnifiedSocialCreditCode.ComputeCheckCharacter("9144030071526726X"));
    }

    [Theory]
    [InlineData("19220382", '1')]
    [InlineData("71526726", 'X')] // remainder 10
    [InlineData("00000000", '0')] // remainder 11
    [InlineData("M000100Y", '4')]
    public void ComputeOrganizationCodeCheckCharacter_body_returnsGb11714Check(string body, char expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(body));

    [Fact]
    public void ComputeCheckCharacter_generatedPrefix_producesValidCode()
    {
        var organizationBody = "MA7K2P4Q";
        var first17 = "91510100" + organizationBody + UnifiedSocialCreditCode.ComputeOrganizationCodeCheckCharacter(organizationBody);

        Assert.True(UnifiedSocialCreditCode.IsValid(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)));
    }

    [Theory]
    [InlineData("91350100m000100y4")] // not normalised here: seed generators must produce canonical codes
    [InlineData("91350100M000100I4")]
    [InlineData("91350100M000100Y")]
    public void ComputeCheckCharacter_malformedPrefix_throws(string first17) =>
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));

    [Fact]
    public void TryParse_lowerCaseWithSurroundingSpace_returnsUpperCaseCode()
    {
        Assert.True(UnifiedSocialCreditCode.TryParse("  9144030071526726xg\t", out var normalized));
        Assert.Equal("9144030071526726XG", normalized);
    }

    [Fact]
    public void TryParse_invalidCode_returnsFalseAndNull()
    {
        Assert.False(UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out var normalized));
        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("91350100M000100Y44")]
    [InlineData("914403001922038217")]
    [InlineData("9144030071526726XH")]
    public void Validate_wrongCheckCharacter_reportsMismatch(string code) =>
        Assert.Equal("统一社会信用代码校验位错误 (check character mismatch)", UnifiedSocialCreditCode.Validate(code));

    [Fact]
    public void Validate_wrongOrganizationCodeCheck_reportsOrganizationCodeMismatch()
    {
        // Organisation check character 4 replaced by 5, final check recomputed so only the inner check fails.
        var first17 = "91350100M000100Y5";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        var error = UnifiedSocialCreditCode.Validate(code);

        Assert.NotNull(error);
        Assert.Contains("组织机构代码校验位错误", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100M000100I43", 'I')]
    [InlineData("91350100MO00100Y43", 'O')]
    [InlineData("9135010SM000100Y43", 'S')]
    [InlineData("91350100M000V00Y43", 'V')]
    [InlineData("Z1350100M000100Y43", 'Z')]
    [InlineData("91350100M000100Y4-", '-')]
    public void Validate_forbiddenCharacter_reportsCharacter(string code, char forbidden)
    {
        var error = UnifiedSocialCreditCode.Validate(code);

        Assert.NotNull(error);
        Assert.Contains($"非法字符 '{forbidden}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_letterInAdministrativeDivision_reportsDivisionCode()
    {
        var first17 = "913501A0M000100Y4";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);

        Assert.Contains("行政区划码", UnifiedSocialCreditCode.Validate(code), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_missing_reportsRequired(string? code) =>
        Assert.Equal("统一社会信用代码不能为空 (unified social credit code is required)", UnifiedSocialCreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("91350100 M000100Y43")]
    public void Validate_wrongLength_reportsLength(string code) =>
        Assert.StartsWith("统一社会信用代码应为18位", UnifiedSocialCreditCode.Validate(code), StringComparison.Ordinal);

    [Fact]
    public void Validate_validCode_returnsNull() => Assert.Null(UnifiedSocialCreditCode.Validate("91350100M000100Y43"));
}
