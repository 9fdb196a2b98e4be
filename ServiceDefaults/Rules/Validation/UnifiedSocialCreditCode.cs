using System.Diagnostics.CodeAnalysis;

namespace Qingmeng.ServiceDefaults.Validation;

// 统一社会信用代码 (GB 32100-2015), 18 characters:
//   1     registration authority code (登记管理部门代码), e.g. 9 = market regulation
//   2     organisation type (机构类别代码), e.g. 1 = enterprise
//   3–8   administrative division code (登记管理机关行政区划码), 6 digits
//   9–17  organisation code (主体标识码, GB 11714-1997) whose 9th character is its own check character
//   18    check character over positions 1–17, weights 3^i mod 31, modulus 31
// Input is accepted after trimming and upper-casing; the authority and type codes are only checked against the
// character set, because the registries keep adding codes and a strict table would reject genuine entities.
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    // GB 32100 alphabet: digits and capitals except I, O, S, V, Z; a character's index is its value.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static ReadOnlySpan<byte> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private static ReadOnlySpan<byte> OrganizationCodeWeights => [3, 7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? code) => Validate(code) is null;

    public static bool TryParse(string? code, [NotNullWhen(true)] out string? normalized)
    {
        var error = Validate(code, out var candidate);
        normalized = error is null ? candidate : null;
        return error is null;
    }

    // Null when valid, otherwise a Chinese + English message suitable for an API validation error.
    public static string? Validate(string? code) => Validate(code, out _);

    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1 || first17.Any(c => Alphabet.IndexOf(c) < 0))
        {
            throw new ArgumentException("需要17位合法字符 (expected 17 characters from 0-9 and A-Y without I, O, S, V, Z).", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    // GB 11714-1997 check character for the 8-character organisation code body (digits; A = 10 … Z = 35).
    public static char ComputeOrganizationCodeCheckCharacter(string first8)
    {
        ArgumentNullException.ThrowIfNull(first8);
        if (first8.Length != OrganizationCodeWeights.Length || !first8.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            throw new ArgumentException("需要8位数字或大写字母 (expected 8 digits or upper-case letters).", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < first8.Length; i++)
        {
            var value = char.IsAsciiDigit(first8[i]) ? first8[i] - '0' : first8[i] - 'A' + 10;
            sum += value * OrganizationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    private static string? Validate(string? code, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(code))
        {
            return "统一社会信用代码不能为空 (unified social credit code is required)";
        }

        normalized = IdentifierText.Normalize(code);
        if (normalized.Length != Length)
        {
            return $"统一社会信用代码应为18位，实际为{normalized.Length}位 (must be 18 characters, got {normalized.Length})";
        }

        for (var i = 0; i < normalized.Length; i++)
        {
            if (Alphabet.IndexOf(normalized[i]) < 0)
            {
                return $"统一社会信用代码第{i + 1}位含非法字符 '{normalized[i]}'，不使用 I、O、S、V、Z (invalid character '{normalized[i]}' at position {i + 1}; allowed: 0-9, A-Y except I, O, S, V, Z)";
            }
        }

        if (normalized.AsSpan(2, 6).ContainsAnyExceptInRange('0', '9'))
        {
            return "统一社会信用代码第3至8位行政区划码应为数字 (positions 3-8, the administrative division code, must be digits)";
        }

        if (ComputeOrganizationCodeCheckCharacter(normalized.Substring(8, 8)) != normalized[16])
        {
            return "统一社会信用代码中组织机构代码校验位错误 (organization code check character at position 17 mismatch)";
        }

        if (ComputeCheckCharacter(normalized[..17]) != normalized[17])
        {
            return "统一社会信用代码校验位错误 (check character mismatch)";
        }

        return null;
    }
}
