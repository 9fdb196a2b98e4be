using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Tests.Validation;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("19912345678", "19912345678")]
    [InlineData("+8613800138000", "13800138000")]
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("8613800138000", "13800138000")]
    [InlineData("0086-138-0013-8000", "13800138000")]
    [InlineData("  15012345678 ", "15012345678")]
    public void TryParse_acceptedForms_returnsElevenDigits(string input, string expected)
    {
        Assert.True(MobileNumber.TryParse(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("12345678901")] // second digit 2
    [InlineData("10086123456")] // second digit 0
    [InlineData("23800138000")] // does not start with 1
    public void Validate_wrongPrefix_reportsPrefixRule(string input) =>
        Assert.Equal("手机号码应以13至19开头 (mobile number must start with 13-19)", MobileNumber.Validate(input));

    [Theory]
    [InlineData("1380013800")]
    [InlineData("138001380001")]
    [InlineData("+8513800138000")]
    [InlineData("138OO138000")]
    [InlineData("+86")]
    public void Validate_wrongLengthOrCharacters_reportsDigitsRule(string input) =>
        Assert.StartsWith("手机号码应为11位数字", MobileNumber.Validate(input), StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_missing_isFalse(string? input) => Assert.False(MobileNumber.IsValid(input));

    [Fact]
    public void TryParse_invalid_returnsFalseAndNull()
    {
        Assert.False(MobileNumber.TryParse("12345678901", out var normalized));
        Assert.Null(normalized);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138 1234 5678", "138****5678")]
    [InlineData("12345", "*****")]
    [InlineData("12345678901", "***********")]
    public void Mask_anyInput_hidesMiddleDigitsOrEverything(string input, string expected) =>
        Assert.Equal(expected, MobileNumber.Mask(input));
}
