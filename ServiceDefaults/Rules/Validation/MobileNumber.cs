using System.Diagnostics.CodeAnalysis;

namespace Qingmeng.ServiceDefaults.Validation;

// Mainland China mobile number: 11 digits matching 1[3-9]xxxxxxxxx.
// Accepted input: surrounding whitespace, inner spaces or hyphens ("138 0013 8000", "138-0013-8000"),
// and a country prefix +86, 0086 or 86; the normalised form is the bare 11 digits.
public static class MobileNumber
{
    public const int Length = 11;

    private static readonly string[] CountryPrefixes = ["+86", "0086", "86"];

    public static bool IsValid(string? number) => Validate(number) is null;

    public static bool TryParse(string? number, [NotNullWhen(true)] out string? normalized)
    {
        var error = Validate(number, out var candidate);
        normalized = error is null ? candidate : null;
        return error is null;
    }

    // Null when valid, otherwise a Chinese + English message suitable for an API validation error.
    public static string? Validate(string? number) => Validate(number, out _);

    // "138****5678" for a valid number; anything unparseable is hidden entirely rather than partly leaked.
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return TryParse(number, out var normalized)
            ? IdentifierText.Mask(normalized, head: 3, tail: 4)
            : new string('*', number.Trim().Length);
    }

    private static string? Validate(string? number, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(number))
        {
            return "手机号码不能为空 (mobile number is required)";
        }

        normalized = StripCountryPrefix(number.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));
        if (normalized.Length != Length || normalized.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return "手机号码应为11位数字 (mobile number must be 11 digits, optionally prefixed by +86)";
        }

        if (normalized[0] != '1' || normalized[1] < '3')
        {
            return "手机号码应以13至19开头 (mobile number must start with 13-19)";
        }

        return null;
    }

    private static string StripCountryPrefix(string number)
    {
        foreach (var prefix in CountryPrefixes)
        {
            if (number.Length == prefix.Length + Length && number.StartsWith(prefix, StringComparison.Ordinal))
            {
                return number[prefix.Length..];
            }
        }

        return number;
    }
}
