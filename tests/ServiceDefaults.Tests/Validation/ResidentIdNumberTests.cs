using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Tests.Validation;

public sealed class ResidentIdNumberTests
{
    // 2026-03-01 10:00 in China.
    private static readonly TimeProvider Today = new FixedTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    // The two worked examples printed in GB 11643-1999.
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("440524188001010014")]
    public void IsValid_standardExample_isTrue(string idNumber) => Assert.True(ResidentIdNumber.IsValid(idNumber, Today));

    [Theory]
    [InlineData("11010519491231002", 'X')] // weighted sum mod 11 = 2 -> X stands for 10
    [InlineData("44052418800101001", '4')]
    [InlineData("35012119900307245", '5')]
    public void ComputeCheckDigit_first17_returnsIso7064Mod112(string first17, char expected) =>
        Assert.Equal(expected, ResidentIdNumber.ComputeCheckDigit(first17));

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("1101051949123100X")]
    public void ComputeCheckDigit_malformedPrefix_throws(string first17) =>
        Assert.Throws<ArgumentException>(() => ResidentIdNumber.ComputeCheckDigit(first17));

    [Fact]
    public void TryParse_lowerCaseX_returnsUpperCaseNumber()
    {
        Assert.True(ResidentIdNumber.TryParse(" 11010519491231002x ", out var normalized, Today));
        Assert.Equal("11010519491231002X", normalized);
    }

    [Fact]
    public void Validate_february30WithCorrectCheckDigit_reportsInvalidBirthDate() =>
        Assert.Equal("居民身份证号码出生日期无效 (invalid birth date)", ResidentIdNumber.Validate("350524199902301232", Today));

    [Fact]
    public void Validate_birthDateTomorrow_reportsFutureBirthDate() =>
        Assert.Equal("居民身份证号码出生日期晚于今天 (birth date is in the future)", ResidentIdNumber.Validate("350524202603021235", Today));

    [Fact]
    public void Validate_bornTodayInChinaWhileUtcIsStillYesterday_isValid()
    {
        var justAfterMidnightInChina = new FixedTimeProvider(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero));

        Assert.Null(ResidentIdNumber.Validate("35052420260301123X", justAfterMidnightInChina));
    }

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("440524188001010015")]
    [InlineData("44052418800101001X")]
    public void Validate_wrongCheckDigit_reportsMismatch(string idNumber) =>
        Assert.Equal("居民身份证号码校验码错误 (check digit mismatch)", ResidentIdNumber.Validate(idNumber, Today));

    [Fact]
    public void Validate_unknownProvince_reportsAddressCode() =>
        Assert.Equal("居民身份证号码地址码无效 (unknown province code in the address code)", ResidentIdNumber.Validate("990524199001011237", Today));

    [Theory]
    [InlineData("1101051949123100")]
    [InlineData("11010519491231002X0")]
    public void Validate_wrongLength_reportsLength(string idNumber) =>
        Assert.StartsWith("居民身份证号码应为18位", ResidentIdNumber.Validate(idNumber, Today), StringComparison.Ordinal);

    [Theory]
    [InlineData("1101051949123100AX")]
    [InlineData("X10105194912310021")]
    [InlineData("11010519491231002Y")]
    public void Validate_nonDigit_reportsCharacterRule(string idNumber) =>
        Assert.Contains("前17位应为数字", ResidentIdNumber.Validate(idNumber, Today), StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Validate_missing_reportsRequired(string? idNumber) =>
        Assert.Equal("居民身份证号码不能为空 (resident ID number is required)", ResidentIdNumber.Validate(idNumber, Today));

    [Fact]
    public void BirthDate_validNumber_returnsEncodedDate() =>
        Assert.Equal(new DateOnly(1949, 12, 31), ResidentIdNumber.BirthDate("11010519491231002X"));

    [Fact]
    public void BirthDate_invalidNumber_throwsWithValidationMessage()
    {
        var ex = Assert.Throws<ArgumentException>(() => ResidentIdNumber.BirthDate("350524199902301232"));

        Assert.StartsWith("居民身份证号码出生日期无效", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11010519491231002X", false)] // sequence 002: even -> female
    [InlineData("440524188001010014", true)] // sequence 001: odd -> male
    public void IsMale_seventeenthDigitParity_decidesSex(string idNumber, bool expected) =>
        Assert.Equal(expected, ResidentIdNumber.IsMale(idNumber));

    [Theory]
    [InlineData("11010519491231002X", "110***********002X")]
    [InlineData(" 11010519491231002x ", "110***********002X")]
    [InlineData("350524199902301232", "350***********1232")] // invalid but still personal data: masked the same way
    [InlineData("1234567", "*******")]
    [InlineData("", "")]
    public void Mask_anyInput_keepsAtMostFirstThreeAndLastFour(string idNumber, string expected) =>
        Assert.Equal(expected, ResidentIdNumber.Mask(idNumber));

    private sealed class FixedTimeProvider(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }
}
