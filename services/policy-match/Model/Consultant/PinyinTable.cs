using System.Collections.Frozen;
using System.Text;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// The toneless Mandarin reading of each common Han character, so that a homophone typo (补帖 for 补贴,
/// 专精特心 for 专精特新) can be matched to the word the firm meant.
/// </summary>
public static class PinyinTable
{
    private static readonly Lazy<FrozenDictionary<char, string>> Readings = new(Load);

    /// <summary>The reading of one character, or the character itself when it has none (letters, digits).</summary>
    public static string Of(char c) => Readings.Value.TryGetValue(c, out var syllable) ? syllable : c.ToString();

    /// <summary>The readings of a word joined by spaces: 补贴 → "bu tie".</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length * 4);
        foreach (var c in word)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(Of(c));
        }
        return builder.ToString();
    }

    private static FrozenDictionary<char, string> Load()
    {
        using var stream = ConsultantResources.Open("pinyin.txt", "pinyin readings");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var readings = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            var syllable = line[..tab];
            foreach (var c in line.AsSpan(tab + 1))
            {
                readings[c] = syllable;
            }
        }
        return readings.ToFrozenDictionary();
    }
}
