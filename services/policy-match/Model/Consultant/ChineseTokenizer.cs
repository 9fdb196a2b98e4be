using System.Text;
using JiebaNet.Segmenter;

namespace Qingmeng.PolicyMatch.Model.Consultant;

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
        _ = GeneralFrequencies.Value;
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

    /// <summary>
    /// How specific a word is in general Chinese (0.2–1), from jieba's dictionary frequencies over a large general corpus:
    /// everyday words (起来, 以后, 一起, 孩子) say little about which policy or service a question is about, rare ones
    /// (灭火器, 驾照, 贴息) say much. A word the dictionary does not know is as specific as its characters on average.
    /// </summary>
    public static double Specificity(string word)
    {
        var (frequencies, total) = GeneralFrequencies.Value;
        if (total <= 0)
        {
            return 1;
        }
        if (!frequencies.TryGetValue(word, out var frequency) || frequency <= 0)
        {
            // A run the dictionary does not know (the segmenter's guess, e.g. 能贷 or 考下) is as specific as its characters.
            if (word.Length < 2 || !word.All(IsHan) || !word.All(c => frequencies.ContainsKey(c.ToString())))
            {
                return 1;
            }
            return word.Average(c => Specificity(c.ToString()));
        }
        var informationContent = Math.Log(total / frequency);
        return Math.Clamp((informationContent - CommonWordInformation) / (SpecificWordInformation - CommonWordInformation), MinimumSpecificity, 1);
    }

    /// <summary>Information content (natural log of corpus size over frequency) at or below which a word is everyday language.</summary>
    private const double CommonWordInformation = 7.0;

    /// <summary>Information content at or above which a word is fully specific.</summary>
    private const double SpecificWordInformation = 11.0;

    private const double MinimumSpecificity = 0.2;

    private static readonly Lazy<(System.Collections.Frozen.FrozenDictionary<string, double> Frequencies, double Total)> GeneralFrequencies =
        new(LoadGeneralFrequencies, LazyThreadSafetyMode.ExecutionAndPublication);

    private static (System.Collections.Frozen.FrozenDictionary<string, double>, double) LoadGeneralFrequencies()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "jieba", "dict.txt");
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        double total = 0;
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Trim().Split(' ');
                if (parts.Length >= 2 && double.TryParse(parts[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var frequency))
                {
                    frequencies[parts[0]] = frequency;
                    total += frequency;
                }
            }
        }
        return (System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(frequencies, StringComparer.Ordinal), total);
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
        // The everyday words of the lexicon are kept whole too, or they could never be looked up (律所, not 请律 + 所).
        foreach (var word in ConsultantLexicon.DomainWords.Concat(ConsultantLexicon.EverydayWords.SelectMany(g => g).Where(w => w.Length >= 2)))
        {
            segmenter.AddWord(word, freq: 20000);
        }
        return segmenter;
    }
}
