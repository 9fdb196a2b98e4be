using System.Text;
using JiebaNet.Segmenter;

namespace Qingmeng.PolicyMatch.Consultant;

/// <summary>
/// Chinese word segmentation with jieba (search mode: compound words and their parts), after normalising
/// full-width forms and case. The dictionaries ship in the jieba.NET package and are copied beside the
/// assembly; the zone's policy vocabulary is added once so that terms such as 专精特新 or 加计扣除 stay whole.
/// </summary>
public static class ChineseTokenizer
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the dictionaries now (a few seconds) instead of on the first question.</summary>
    public static void Warm()
    {
        _ = Segmenter.Value;
        _ = PlaceNames.Value;
    }

    /// <summary>Full-width to half-width, lower case, one space for any run of whitespace.</summary>
    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        var space = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Content words of already normalised text: punctuation, whitespace and stop words removed.</summary>
    public static List<string> Words(string normalizedText)
    {
        var words = new List<string>();
        if (normalizedText.Length == 0)
        {
            return words;
        }
        foreach (var token in Segmenter.Value.CutForSearch(normalizedText, hmm: true))
        {
            var word = token.Trim();
            if (word.Length == 0 || !IsContent(word) || ConsultantLexicon.StopWords.Contains(word))
            {
                continue;
            }
            words.Add(word);
            // Search mode yields the 2- and 3-character parts of a compound; its 4-character terms matter too (专精特新小巨人 → 专精特新).
            for (var start = 0; word.Length > 4 && start + 4 <= word.Length; start++)
            {
                var part = word.Substring(start, 4);
                if (WordDictionary.Instance.ContainsWord(part))
                {
                    words.Add(part);
                }
            }
        }
        return words;
    }

    /// <summary>Overlapping pairs of Han characters (and single letters/digits runs): the typo-tolerant field.</summary>
    public static List<string> CharacterBigrams(string normalizedText)
    {
        var grams = new List<string>();
        var previous = '\0';
        foreach (var c in normalizedText)
        {
            if (!IsHan(c))
            {
                previous = '\0';
                continue;
            }
            if (previous != '\0')
            {
                grams.Add(string.Concat(previous.ToString(), c.ToString()));
            }
            previous = c;
        }
        return grams;
    }

    /// <summary>Whether jieba's dictionary knows the word (used to avoid "correcting" real words).</summary>
    public static bool IsDictionaryWord(string word)
    {
        Warm();
        return WordDictionary.Instance.ContainsWord(word);
    }

    /// <summary>Whether jieba's dictionary tags the word as a place name (ns): 深圳, 福州, 香港 …</summary>
    public static bool IsPlaceName(string word) => PlaceNames.Value.Contains(word);

    private static readonly Lazy<System.Collections.Frozen.FrozenSet<string>> PlaceNames = new(LoadPlaceNames, LazyThreadSafetyMode.ExecutionAndPublication);

    private static System.Collections.Frozen.FrozenSet<string> LoadPlaceNames()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "jieba", "dict.txt");
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Trim().Split(' ');
                if (parts.Length == 3 && parts[2] == "ns" && parts[0].Length >= 2)
                {
                    names.Add(parts[0]);
                }
            }
        }
        return System.Collections.Frozen.FrozenSet.ToFrozenSet(names, StringComparer.Ordinal);
    }

    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsContent(string word)
    {
        foreach (var c in word)
        {
            if (IsHan(c) || char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static JiebaSegmenter Create()
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        var segmenter = new JiebaSegmenter();
        foreach (var word in ConsultantLexicon.DomainWords)
        {
            segmenter.AddWord(word, freq: 20000);
        }
        return segmenter;
    }
}
