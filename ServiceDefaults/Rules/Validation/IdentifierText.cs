namespace Qingmeng.ServiceDefaults.Validation;

internal static class IdentifierText
{
    // Identifiers are accepted after trimming surrounding whitespace and upper-casing ('x' -> 'X').
    public static string Normalize(string input) => input.Trim().ToUpperInvariant();

    // Keeps `head` leading and `tail` trailing characters; anything too short to keep them safely is hidden entirely.
    public static string Mask(string value, int head, int tail)
    {
        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}
