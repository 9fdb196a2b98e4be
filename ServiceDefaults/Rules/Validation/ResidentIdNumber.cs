using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.ServiceDefaults.Validation;

// 公民身份号码 / 居民身份证号码 (GB 11643-1999), 18 characters:
//   1–6   address code (province code checked against the province-level list)
//   7–14  birth date yyyyMMdd: a real date, not before 1800 and not after today in China Standard Time
//   15–17 sequence code; the 17th digit is odd for men and even for women
//   18    check character, ISO 7064 MOD 11-2 ('X' stands for 10)
// Input is accepted after trimming and upper-casing (a lower-case 'x' check character is common).
public static class ResidentIdNumber
{
    public const int Length = 18;

    private static readonly DateOnly EarliestBirthDate = new(1800, 1, 1);

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // Province-level codes (GB/T 2260), including 71/81/82/83 used for Taiwan, Hong Kong and Macao residents.
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
    ];

    // The clock decides "not in the future"; pass a TimeProvider in tests, it defaults to the system clock.
    public static bool IsValid(string? idNumber, TimeProvider? timeProvider = null) => Validate(idNumber, timeProvider) is null;

    public static bool TryParse(string? idNumber, [NotNullWhen(true)] out string? normalized, TimeProvider? timeProvider = null)
    {
        var error = Validate(idNumber, timeProvider, out var candidate);
        normalized = error is null ? candidate : null;
        return error is null;
    }

    // Null when valid, otherwise a Chinese + English message suitable for an API validation error.
    public static string? Validate(string? idNumber, TimeProvider? timeProvider = null) => Validate(idNumber, timeProvider, out _);

    public static char ComputeCheckDigit(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1 || first17.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("需要17位数字 (expected 17 digits).", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    // Throws ArgumentException (with the validation message) for an invalid number.
    public static DateOnly BirthDate(string idNumber) => ParseBirthDate(RequireValid(idNumber))!.Value;

    public static bool IsMale(string idNumber) => (RequireValid(idNumber)[16] - '0') % 2 == 1;

    // Shows the first 3 and last 4 characters ("350***********123X"), the usual display for personal data.
    // Never throws and never reveals more, even for malformed input (which may still be someone's number).
    public static string Mask(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        return IdentifierText.Mask(IdentifierText.Normalize(idNumber), head: 3, tail: 4);
    }

    private static string RequireValid(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        var error = Validate(idNumber, timeProvider: null, out var normalized);
        return error is null ? normalized : throw new ArgumentException(error, nameof(idNumber));
    }

    private static string? Validate(string? idNumber, TimeProvider? timeProvider, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(idNumber))
        {
            return "居民身份证号码不能为空 (resident ID number is required)";
        }

        normalized = IdentifierText.Normalize(idNumber);
        if (normalized.Length != Length)
        {
            return $"居民身份证号码应为18位，实际为{normalized.Length}位 (must be 18 characters, got {normalized.Length})";
        }

        var last = normalized[17];
        if (normalized.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(last) || last == 'X'))
        {
            return "居民身份证号码前17位应为数字，末位为数字或X (the first 17 characters must be digits, the last a digit or X)";
        }

        if (!ProvinceCodes.Contains(int.Parse(normalized.AsSpan(0, 2), CultureInfo.InvariantCulture)))
        {
            return "居民身份证号码地址码无效 (unknown province code in the address code)";
        }

        var birthDate = ParseBirthDate(normalized);
        if (birthDate is null || birthDate < EarliestBirthDate)
        {
            return "居民身份证号码出生日期无效 (invalid birth date)";
        }

        if (birthDate > ChinaTime.Today(timeProvider ?? TimeProvider.System))
        {
            return "居民身份证号码出生日期晚于今天 (birth date is in the future)";
        }

        if (ComputeCheckDigit(normalized[..17]) != last)
        {
            return "居民身份证号码校验码错误 (check digit mismatch)";
        }

        return null;
    }

    private static DateOnly? ParseBirthDate(string normalized) =>
        DateOnly.TryParseExact(normalized.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
