using System.Collections.Frozen;

namespace Qingmeng.PolicyMatch.Model.Consultant;

/// <summary>
/// An in-memory BM25 index over the passages of the policy versions in force. Two fields are scored: jieba
/// words (title and tags count double) and Han character bigrams (so a typo or an unknown compound still
/// finds its neighbours). Questions are expanded with synonyms and homophone corrections drawn from the
/// index's own vocabulary. Readers search an immutable snapshot; a publication or a retirement builds the
/// next snapshot and swaps it in, so the index follows events without a restart or a lock on searches.
/// </summary>
public sealed class PassageIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double BigramWeight = 0.35;
    private const double SynonymWeight = 0.8;
    private const double GenericWeight = 0.25;
    private const double UnknownWordWeight = 1.0;

    /// <summary>How much a match on an item's similar questions adds to each of its passages, against a match on the passage itself.</summary>
    private const double SimilarQuestionWeight = 1.0;

    private static readonly FrozenDictionary<string, string[]> Synonyms = BuildSynonyms();

    private readonly Lock _writeLock = new();
    private readonly Dictionary<string, IndexedDocument> _documents = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = Snapshot.Empty;

    /// <summary>Citable passages (an item's similar questions are searched, not cited).</summary>
    public int PassageCount => _snapshot.Entries.Count(e => !e.SimilarQuestions);

    public IReadOnlyCollection<string> PolicyCodes => _snapshot.PolicyVersions.Keys;

    /// <summary>The version of a policy currently indexed, if any.</summary>
    public int? VersionOf(string policyCode) => _snapshot.PolicyVersions.TryGetValue(policyCode, out var version) ? version : null;

    /// <summary>Replaces everything (start-up).</summary>
    public void Load(IEnumerable<PolicyDocument> documents)
    {
        var prepared = documents.Select(Prepare).ToList();
        lock (_writeLock)
        {
            _documents.Clear();
            foreach (var document in prepared)
            {
                _documents[document.Document.PolicyCode] = document;
            }
            _snapshot = Snapshot.Build(_documents.Values);
        }
    }

    /// <summary>
    /// Indexes a published version; it replaces any other version of the same policy (at most one is in
    /// force). An older version than the one indexed is ignored (events may arrive out of order).
    /// </summary>
    public bool Upsert(PolicyDocument document)
    {
        var prepared = Prepare(document);
        lock (_writeLock)
        {
            if (_documents.TryGetValue(document.PolicyCode, out var existing) && existing.Document.Version > document.Version)
            {
                return false;
            }
            _documents[document.PolicyCode] = prepared;
            _snapshot = Snapshot.Build(_documents.Values);
            return true;
        }
    }

    /// <summary>Drops a retired policy (only the given version, when one is given).</summary>
    public bool Remove(string policyCode, int? version = null)
    {
        lock (_writeLock)
        {
            if (!_documents.TryGetValue(policyCode, out var existing) || (version is { } v && existing.Document.Version != v))
            {
                return false;
            }
            _documents.Remove(policyCode);
            _snapshot = Snapshot.Build(_documents.Values);
            return true;
        }
    }

    /// <summary>Normalises the question, corrects homophone typos against the index vocabulary and expands synonyms.</summary>
    public AnalyzedQuestion Analyze(string question)
    {
        var snapshot = _snapshot;
        var normalized = ChineseTokenizer.Normalize(question);
        var (corrected, corrections) = snapshot.CorrectHomophones(normalized);
        var concepts = new List<QueryConcept>();
        foreach (var group in ChineseTokenizer.Words(corrected).Select(w => WithoutGluedFiller(w, snapshot)).OfType<string>()
            .GroupBy(w => w, StringComparer.Ordinal))
        {
            var word = group.Key;
            // Generic support words, single characters and figures (600万, 两千万) say little about the topic.
            var generic = ConsultantLexicon.GenericWords.Contains(word) || word.Length == 1 || IsFigure(word);
            var expansions = new List<(string Term, double Weight)> { (word, 1.0) };
            if (Synonyms.TryGetValue(word, out var synonyms))
            {
                expansions.AddRange(synonyms.Where(s => s != word).Select(s => (s, SynonymWeight)));
            }
            concepts.Add(new QueryConcept(word, generic ? GenericWeight : 1.0, !generic, expansions));
        }
        var bigrams = ChineseTokenizer.CharacterBigrams(corrected).Distinct(StringComparer.Ordinal).ToList();
        return new AnalyzedQuestion(normalized, corrected, corrections, concepts, bigrams, ElsewherePlace(corrected, concepts, snapshot));
    }

    /// <summary>
    /// The segmenter glues a filler character to the word beside it when it does not know the pair (能贷 → 贷, 请律 → 律):
    /// such a guess, known neither to the texts nor to the dictionary, loses the filler at either end; null when nothing is left.
    /// </summary>
    private static string? WithoutGluedFiller(string word, Snapshot snapshot)
    {
        if (word.Length != 2 || snapshot.Words.ContainsKey(word) || Synonyms.ContainsKey(word) || ChineseTokenizer.IsDictionaryWord(word))
        {
            return word;
        }
        var first = word[..1];
        var last = word[1..];
        if (ConsultantLexicon.StopWords.Contains(first))
        {
            return ConsultantLexicon.StopWords.Contains(last) ? null : last;
        }
        return ConsultantLexicon.StopWords.Contains(last) ? first : word;
    }

    /// <summary>
    /// A place the question is located in (在北京…, 去东莞…, 深圳对…, 福州的…) that no policy or guide names: the zone's
    /// policies and services apply in the zone, so such a question is about somewhere else.
    /// </summary>
    private static string? ElsewherePlace(string text, IReadOnlyList<QueryConcept> concepts, Snapshot snapshot)
    {
        foreach (var concept in concepts)
        {
            var place = concept.Word;
            // 海外, 国外 … are words of the lexicon (境外), not somewhere else. A place the zone's texts or their similar questions
            // name is the zone's business (去德国参展, 四川的招工点); one only the out-of-scope examples name (深圳, 福州) is not.
            if (!ChineseTokenizer.IsPlaceName(place) || snapshot.TextWords.Contains(place) || Synonyms.ContainsKey(place))
            {
                continue;
            }
            for (var at = text.IndexOf(place, StringComparison.Ordinal); at >= 0; at = text.IndexOf(place, at + 1, StringComparison.Ordinal))
            {
                var before = at > 0 ? text[at - 1] : '\0';
                var after = at + place.Length < text.Length ? text[at + place.Length] : '\0';
                if ((before is '在' or '去' or '到' && (at < 2 || text[at - 2] != '家')) || after is '的' or '对' or '市')
                {
                    return place;
                }
            }
        }
        return null;
    }

    /// <summary>The best passages in force on <paramref name="day"/>, best first.</summary>
    public IReadOnlyList<PassageHit> Search(AnalyzedQuestion question, DateOnly day, int take = 10)
    {
        var snapshot = _snapshot;
        var entries = snapshot.Entries;
        if (entries.Length == 0 || (question.Concepts.Count == 0 && question.Bigrams.Count == 0))
        {
            return [];
        }

        var scores = new Dictionary<int, double>();
        var best = new Dictionary<int, double>();
        foreach (var concept in question.Concepts)
        {
            best.Clear();
            foreach (var (term, weight) in concept.Expansions)
            {
                if (!snapshot.Words.TryGetValue(term, out var postings))
                {
                    continue;
                }
                var idf = snapshot.WordIdf(postings.Length);
                foreach (var posting in postings)
                {
                    var s = weight * Bm25(idf, posting.Frequency, entries[posting.Entry].WordLength, snapshot.AverageWordLength);
                    if (!best.TryGetValue(posting.Entry, out var current) || s > current)
                    {
                        best[posting.Entry] = s;
                    }
                }
            }
            foreach (var (entry, s) in best)
            {
                scores[entry] = scores.GetValueOrDefault(entry) + concept.Weight * s;
            }
        }
        foreach (var gram in question.Bigrams)
        {
            if (!snapshot.Bigrams.TryGetValue(gram, out var postings))
            {
                continue;
            }
            var idf = snapshot.BigramIdf(postings.Length);
            foreach (var posting in postings)
            {
                scores[posting.Entry] = scores.GetValueOrDefault(posting.Entry)
                    + BigramWeight * Bm25(idf, posting.Frequency, entries[posting.Entry].BigramLength, snapshot.AverageBigramLength);
            }
        }
        // A match on an item's similar questions counts for every passage of the item (the summary first, on a tie): the
        // question is about the item even where no clause says it in the asker's words.
        foreach (var (similar, passages) in snapshot.SimilarQuestionEntries)
        {
            if (!scores.Remove(similar, out var score))
            {
                continue;
            }
            foreach (var entry in passages)
            {
                scores[entry] = scores.GetValueOrDefault(entry) + SimilarQuestionWeight * score;
            }
        }

        return scores
            .Where(s => entries[s.Key].Passage.IsInForceOn(day))
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Take(take)
            .Select(s => new PassageHit(entries[s.Key].Passage, s.Value, snapshot.Coverage(question, entries[s.Key])))
            .ToList();
    }

    /// <summary>The first passage of a policy (or guide) with the given heading, if indexed.</summary>
    public PolicyPassage? Passage(string policyCode, string heading) =>
        _snapshot.Entries.FirstOrDefault(e => e.Passage.PolicyCode == policyCode && e.Passage.ClauseHeading == heading)?.Passage;

    /// <summary>
    /// Share of the question's topic that a policy covers across all its passages (a question may ask what one
    /// clause pays and another requires); 0 for a policy not indexed.
    /// </summary>
    public double PolicyCoverage(AnalyzedQuestion question, string policyCode)
    {
        var snapshot = _snapshot;
        return snapshot.Merged.TryGetValue(policyCode, out var merged) ? snapshot.Coverage(question, merged) : 0;
    }

    private static bool IsFigure(string word) => word.All(c => char.IsDigit(c) || c == '.' || c == '%' || "零一二三四五六七八九十百千万亿两几".Contains(c, StringComparison.Ordinal));

    private static double Bm25(double idf, int frequency, int length, double averageLength) =>
        idf * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / averageLength));

    private static IndexedDocument Prepare(PolicyDocument document)
    {
        var titleWords = ChineseTokenizer.Words(ChineseTokenizer.Normalize(document.Title));
        var tagWords = document.Tags.SelectMany(t => ChineseTokenizer.Words(ChineseTokenizer.Normalize(t))).ToList();
        var titleBigrams = ChineseTokenizer.CharacterBigrams(ChineseTokenizer.Normalize(document.Title));
        var entries = new List<IndexedPassage>();
        foreach (var passage in document.Passages())
        {
            var body = ChineseTokenizer.Normalize(passage.ClauseHeading + "。" + passage.Text);
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in ChineseTokenizer.Words(body))
            {
                words[word] = words.GetValueOrDefault(word) + 1;
            }
            foreach (var word in titleWords.Concat(tagWords))
            {
                words[word] = words.GetValueOrDefault(word) + 2;
            }
            var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var gram in ChineseTokenizer.CharacterBigrams(body).Concat(titleBigrams))
            {
                bigrams[gram] = bigrams.GetValueOrDefault(gram) + 1;
            }
            entries.Add(new IndexedPassage(passage, words.ToFrozenDictionary(StringComparer.Ordinal), words.Values.Sum(),
                bigrams.ToFrozenDictionary(StringComparer.Ordinal), bigrams.Values.Sum()));
        }
        if (entries.Count > 0 && document.SimilarQuestions.Count > 0)
        {
            entries.Add(SimilarQuestionEntry(document, entries[0].Passage));
        }
        return new IndexedDocument(document, entries);
    }

    /// <summary>An item's similar questions as one searched entry, never returned or cited (it stands for the item's passages).</summary>
    private static IndexedPassage SimilarQuestionEntry(PolicyDocument document, PolicyPassage first)
    {
        var text = ChineseTokenizer.Normalize(string.Join("。", document.SimilarQuestions));
        var words = ChineseTokenizer.Words(text).GroupBy(w => w, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var bigrams = ChineseTokenizer.CharacterBigrams(text).GroupBy(g => g, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var passage = first with { ClauseNumber = -1, ClauseHeading = SimilarQuestionCatalogue.Heading, Text = text };
        return new IndexedPassage(passage, words, words.Values.Sum(), bigrams, bigrams.Values.Sum(), SimilarQuestions: true);
    }

    private static FrozenDictionary<string, string[]> BuildSynonyms()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in ConsultantLexicon.SynonymGroups.Concat(ConsultantLexicon.EverydayWords))
        {
            foreach (var word in group)
            {
                if (!map.TryGetValue(word, out var set))
                {
                    map[word] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.UnionWith(group);
            }
        }
        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private sealed record IndexedDocument(PolicyDocument Document, IReadOnlyList<IndexedPassage> Passages);

    private sealed record IndexedPassage(
        PolicyPassage Passage,
        FrozenDictionary<string, int> Words,
        int WordLength,
        FrozenDictionary<string, int> Bigrams,
        int BigramLength,
        bool SimilarQuestions = false);

    private readonly record struct Posting(int Entry, int Frequency);

    private sealed class Snapshot
    {
        public static readonly Snapshot Empty = Build([]);

        public required IndexedPassage[] Entries { get; init; }
        public required FrozenDictionary<string, Posting[]> Words { get; init; }
        public required FrozenDictionary<string, Posting[]> Bigrams { get; init; }
        public required FrozenDictionary<string, int> PolicyVersions { get; init; }
        /// <summary>Per policy, the words and bigrams of all its passages together.</summary>
        public required FrozenDictionary<string, IndexedPassage> Merged { get; init; }
        /// <summary>Each item's similar-questions entry and the entries of the passages it stands for.</summary>
        public required (int Entry, int[] Passages)[] SimilarQuestionEntries { get; init; }
        /// <summary>Words of the zone's policies and guides and of how people ask about them (not of out-of-scope examples).</summary>
        public required FrozenSet<string> TextWords { get; init; }
        public required FrozenDictionary<string, string[]> WordsByPinyin { get; init; }
        public double AverageWordLength { get; init; }
        public double AverageBigramLength { get; init; }
        public double MedianIdf { get; init; }

        public double WordIdf(int documentFrequency) => Idf(Entries.Length, documentFrequency);

        public double BigramIdf(int documentFrequency) => Idf(Entries.Length, documentFrequency);

        private static double Idf(int count, int documentFrequency) =>
            Math.Log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));

        public static Snapshot Build(IEnumerable<IndexedDocument> documents)
        {
            var ordered = documents.OrderBy(d => d.Document.PolicyCode, StringComparer.Ordinal).ToList();
            var entries = ordered.SelectMany(d => d.Passages).ToArray();
            var words = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
            var bigrams = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
            for (var i = 0; i < entries.Length; i++)
            {
                foreach (var (term, frequency) in entries[i].Words)
                {
                    (words.TryGetValue(term, out var list) ? list : words[term] = []).Add(new Posting(i, frequency));
                }
                foreach (var (term, frequency) in entries[i].Bigrams)
                {
                    (bigrams.TryGetValue(term, out var list) ? list : bigrams[term] = []).Add(new Posting(i, frequency));
                }
            }

            // Homophone candidates: every Han word of the index and of the synonym lexicon, by its reading.
            var vocabulary = words.Keys.Concat(Synonyms.Keys)
                .Where(w => w.Length is >= 2 and <= 6 && w.All(ChineseTokenizer.IsHan))
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(w => words.TryGetValue(w, out var p) ? p.Count : 0).ThenBy(w => w, StringComparer.Ordinal);
            var byPinyin = vocabulary.GroupBy(w => PinyinTable.Of(w), StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

            // A document's similar-questions entry, when it has one, is its last: it stands for the passages before it.
            var similar = new List<(int, int[])>();
            var offset = 0;
            foreach (var document in ordered)
            {
                var last = offset + document.Passages.Count - 1;
                if (document.Passages.Count > 0 && document.Passages[^1].SimilarQuestions)
                {
                    similar.Add((last, [.. Enumerable.Range(offset, last - offset)]));
                }
                offset += document.Passages.Count;
            }
            return new Snapshot
            {
                Entries = entries,
                SimilarQuestionEntries = [.. similar],
                TextWords = entries.Where(e => !OutOfScopeCatalogue.IsOutOfScope(e.Passage.PolicyCode))
                    .SelectMany(e => e.Words.Keys).ToFrozenSet(StringComparer.Ordinal),
                Words = words.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
                Bigrams = bigrams.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
                PolicyVersions = documents.ToFrozenDictionary(d => d.Document.PolicyCode, d => d.Document.Version, StringComparer.Ordinal),
                Merged = documents.Where(d => d.Passages.Count > 0)
                    .ToFrozenDictionary(d => d.Document.PolicyCode, Merge, StringComparer.Ordinal),
                WordsByPinyin = byPinyin,
                AverageWordLength = entries.Length == 0 ? 1 : Math.Max(1, entries.Average(e => (double)e.WordLength)),
                AverageBigramLength = entries.Length == 0 ? 1 : Math.Max(1, entries.Average(e => (double)e.BigramLength)),
                MedianIdf = words.Count == 0 ? 1 : words.Values.Select(p => Idf(entries.Length, p.Count)).Order().ElementAt(words.Count / 2),
            };
        }

        private static IndexedPassage Merge(IndexedDocument document)
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            var bigrams = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var passage in document.Passages)
            {
                foreach (var (term, frequency) in passage.Words)
                {
                    words[term] = words.GetValueOrDefault(term) + frequency;
                }
                foreach (var (term, frequency) in passage.Bigrams)
                {
                    bigrams[term] = bigrams.GetValueOrDefault(term) + frequency;
                }
            }
            return new IndexedPassage(document.Passages[0].Passage, words.ToFrozenDictionary(StringComparer.Ordinal), words.Values.Sum(),
                bigrams.ToFrozenDictionary(StringComparer.Ordinal), bigrams.Values.Sum());
        }

        /// <summary>
        /// Replaces a run of Han characters that is not a word but reads like a word of the index
        /// (补帖 → 补贴, 专精特心 → 专精特新), keeping at least half of its characters.
        /// </summary>
        public (string Text, IReadOnlyList<HomophoneCorrection> Corrections) CorrectHomophones(string text)
        {
            if (WordsByPinyin.Count == 0 || text.Length > 2000)
            {
                return (text, []);
            }
            var chars = text.ToCharArray();
            var fixedAt = new bool[chars.Length];
            var corrections = new List<HomophoneCorrection>();
            for (var length = 6; length >= 2; length--)
            {
                for (var start = 0; start + length <= chars.Length; start++)
                {
                    var span = chars.AsSpan(start, length);
                    if (!IsHanRun(span) || fixedAt.AsSpan(start, length).Contains(true))
                    {
                        continue;
                    }
                    var candidate = new string(span);
                    if (Words.ContainsKey(candidate) || Synonyms.ContainsKey(candidate) || ChineseTokenizer.IsDictionaryWord(candidate))
                    {
                        continue;
                    }
                    if (!WordsByPinyin.TryGetValue(PinyinTable.Of(span), out var homophones) || TouchesPlaceName(chars, start, length))
                    {
                        continue;
                    }
                    var allowed = length <= 3 ? 1 : 2;
                    string? replacement = null;
                    foreach (var homophone in homophones)
                    {
                        var differences = Differences(homophone, span);
                        if (differences >= 1 && differences <= allowed)
                        {
                            replacement = homophone;
                            break;
                        }
                    }
                    if (replacement is null)
                    {
                        continue;
                    }
                    replacement.AsSpan().CopyTo(span);
                    fixedAt.AsSpan(start, length).Fill(true);
                    corrections.Add(new HomophoneCorrection(candidate, replacement));
                }
            }
            return (corrections.Count == 0 ? text : new string(chars), corrections);
        }

        /// <summary>Share of the question's topic (informative words, by IDF) that a passage covers.</summary>
        public double Coverage(AnalyzedQuestion question, IndexedPassage entry)
        {
            // A word no policy or guide uses counts for half a typical word of theirs: it may be the real topic (a
            // question about something not covered), but colloquial questions are full of such words around a covered topic.
            var unknownIdf = UnknownWordWeight * MedianIdf;
            double total = 0, covered = 0;
            foreach (var concept in question.Concepts)
            {
                if (!concept.Informative)
                {
                    continue;
                }
                var idf = 0.0;
                var matched = 0.0;
                foreach (var (term, weight) in concept.Expansions)
                {
                    if (Words.TryGetValue(term, out var postings))
                    {
                        idf = Math.Max(idf, WordIdf(postings.Length));
                        if (entry.Words.ContainsKey(term))
                        {
                            matched = Math.Max(matched, weight);
                        }
                    }
                }
                if (idf == 0)
                {
                    // Everyday words no policy uses (一起, 以后, 附近) are chat around the topic; a rare one (驾照, 幼儿园) may be the topic.
                    idf = unknownIdf * ChineseTokenizer.Specificity(concept.Word);
                }
                if (matched < 1 && concept.Word.Length >= 3)
                {
                    // A longer word the policies spell differently still counts for the bigrams it shares.
                    var grams = ChineseTokenizer.CharacterBigrams(concept.Word);
                    if (grams.Count > 0)
                    {
                        matched = Math.Max(matched, 0.8 * grams.Count(entry.Bigrams.ContainsKey) / grams.Count);
                    }
                }
                total += idf;
                covered += idf * matched;
            }
            return total == 0 ? 0 : covered / total;
        }

        /// <summary>
        /// A correction never touches a known place name, whole or in part (深圳对 is not 深 + 针对): the place is what
        /// tells a question about somewhere else.
        /// </summary>
        private static bool TouchesPlaceName(char[] chars, int start, int length)
        {
            for (var size = 2; size <= 3; size++)
            {
                for (var from = Math.Max(0, start - size + 1); from < start + length && from + size <= chars.Length; from++)
                {
                    if (ChineseTokenizer.IsPlaceName(new string(chars, from, size)))
                    {
                        return true;
                    }
                }
            }
            return false;
        }

        private static bool IsHanRun(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (!ChineseTokenizer.IsHan(c))
                {
                    return false;
                }
            }
            return true;
        }

        private static int Differences(string word, ReadOnlySpan<char> span)
        {
            var differences = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (word[i] != span[i])
                {
                    differences++;
                }
            }
            return differences;
        }
    }
}
