using System.Globalization;
using System.Text.RegularExpressions;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>
/// Checks a written answer against the passages it was given: every [Pn] marker must name a given passage,
/// and every policy code, title (《…》) or document number (…〔2025〕3号) it mentions must be one of theirs (a title
/// quoted from a given passage's text counts as theirs).
/// An answer without any valid marker is not grounded.
/// </summary>
public static partial class CitationChecker
{
    public static CitationCheck Check(string answer, IReadOnlyList<PolicyPassage> passages)
    {
        if (answer.Contains(GroundedPrompt.NoAnswer, StringComparison.Ordinal))
        {
            return new CitationCheck(false, true, "The answerer found no answer in the passages.", []);
        }

        var markers = new SortedSet<int>();
        foreach (Match m in Marker().Matches(answer))
        {
            var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (n < 1 || n > passages.Count)
            {
                return Rejected($"It cites [P{n}], which it was not given.");
            }
            markers.Add(n);
        }
        if (markers.Count == 0)
        {
            return Rejected("It cites no passage.");
        }
        foreach (Match m in PolicyCode().Matches(answer))
        {
            // A code quoted from a given passage's text (a guide names service codes such as URBAN-MGT-01) is theirs too.
            if (!passages.Any(p => string.Equals(p.PolicyCode, m.Value, StringComparison.OrdinalIgnoreCase)
                || p.Text.Contains(m.Value, StringComparison.OrdinalIgnoreCase)))
            {
                return Rejected($"It names policy {m.Value}, which it was not given.");
            }
        }
        foreach (Match m in Title().Matches(answer))
        {
            var title = m.Groups[1].Value;
            // A passage may itself name another document (a guide cites the rules its time limits come from).
            if (!passages.Any(p => p.Title.Contains(title, StringComparison.Ordinal) || p.Text.Contains(m.Value, StringComparison.Ordinal)))
            {
                return Rejected($"It names 《{title}》, which it was not given.");
            }
        }
        foreach (Match m in DocumentNumber().Matches(answer))
        {
            if (!passages.Any(p => p.DocumentNumber.Contains(m.Value, StringComparison.Ordinal) || p.Text.Contains(m.Value, StringComparison.Ordinal)))
            {
                return Rejected($"It names document {m.Value}, which it was not given.");
            }
        }
        return new CitationCheck(true, false, null, [.. markers]);

        static CitationCheck Rejected(string reason) => new(false, false, reason, []);
    }

    [GeneratedRegex(@"\[P(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\b[A-Z]{2,4}-[A-Z0-9]{1,6}-\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex PolicyCode();

    [GeneratedRegex(@"《([^》]{2,80})》")]
    private static partial Regex Title();

    [GeneratedRegex(@"[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号")]
    private static partial Regex DocumentNumber();
}

/// <summary>Whether an answer is grounded, why not, and which passage markers it used.</summary>
public sealed record CitationCheck(bool Accepted, bool NoAnswer, string? Problem, IReadOnlyList<int> Markers);
