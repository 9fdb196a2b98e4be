using System.Text.Json;
using System.Text.RegularExpressions;

namespace Qingmeng.PolicyMatch.Consultant.Tests;

/// <summary>
/// Checks the evaluation DATA of issue 18 — the tuning and sealed questions and the guides (办事指南) they may expect —
/// not the consultant's scores on it: every expected answer exists, the parts are disjoint and balanced, and no question
/// repeats one of the first evaluation set.
/// </summary>
public sealed partial class EvaluationSetTests
{
    private static readonly string[] Voices = ["firm-owner", "finance-manager", "worker", "citizen", "job-seeker"];

    private static readonly string[] Kinds = ["paraphrase", "typo", "multi-intent", "service", "out-of-scope", "ambiguous", "direct"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record EvaluationQuestion(string Id, string Voice, string Kind, string Question, string[] Expected);

    private sealed record OldCase(string Question, string Expected);

    private sealed record GuideStep(string Method, string Path, string? What);

    private sealed record Guide(string Id, string Title, string[] Topics, string Text, GuideStep[] Steps, string Source);

    private static List<EvaluationQuestion> Part(string name) =>
        JsonSerializer.Deserialize<List<EvaluationQuestion>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", $"questions.{name}.zh.json")), Json)!;

    private static List<Guide> Guides() =>
        JsonSerializer.Deserialize<List<Guide>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Guides", "guides.zh.json")), Json)!;

    private static readonly Lazy<List<EvaluationQuestion>> Tuning = new(() => Part("tuning"));

    private static readonly Lazy<List<EvaluationQuestion>> Sealed = new(() => Part("sealed"));

    private static IEnumerable<EvaluationQuestion> All => Tuning.Value.Concat(Sealed.Value);

    [GeneratedRegex(@"^E\d{4}$")]
    private static partial Regex QuestionId();

    [GeneratedRegex(@"^GUIDE-[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex GuideId();

    [Fact]
    public void The_set_has_at_least_300_questions_with_unique_well_formed_ids()
    {
        var questions = All.ToList();

        Assert.True(questions.Count >= 300, $"The evaluation set has {questions.Count} questions; at least 300 are needed.");
        Assert.All(questions, q => Assert.Matches(QuestionId(), q.Id));
        var repeatedIds = questions.GroupBy(q => q.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeatedIds.Count == 0, $"Ids used more than once: {string.Join(", ", repeatedIds)}");
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Question), $"{q.Id} has no question"));
    }

    [Fact]
    public void Every_voice_and_kind_is_known_and_each_voice_has_at_least_50_questions()
    {
        var questions = All.ToList();

        Assert.All(questions, q => Assert.Contains(q.Voice, Voices));
        Assert.All(questions, q => Assert.Contains(q.Kind, Kinds));
        foreach (var voice in Voices)
        {
            var count = questions.Count(q => q.Voice == voice);
            Assert.True(count >= 50, $"Voice {voice} has {count} questions; at least 50 are needed.");
        }
    }

    [Fact]
    public void Each_part_has_every_kind_and_every_voice()
    {
        foreach (var (name, part) in new[] { ("tuning", Tuning.Value), ("sealed", Sealed.Value) })
        {
            var missingKinds = Kinds.Where(k => !part.Any(q => q.Kind == k)).ToList();
            Assert.True(missingKinds.Count == 0, $"The {name} part has no question of kind {string.Join(", ", missingKinds)}");
            var missingVoices = Voices.Where(v => !part.Any(q => q.Voice == v)).ToList();
            Assert.True(missingVoices.Count == 0, $"The {name} part has no question in voice {string.Join(", ", missingVoices)}");
        }
    }

    [Fact]
    public void No_question_is_in_both_parts_twice_in_one_or_in_the_first_evaluation_set()
    {
        static string Normalised(string question) => new(question.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray());
        var old = JsonSerializer.Deserialize<List<OldCase>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "consultant-eval.zh.json")), Json)!
            .Select(c => Normalised(c.Question)).ToHashSet(StringComparer.Ordinal);
        var questions = All.ToList();

        var repeated = questions.GroupBy(q => Normalised(q.Question)).Where(g => g.Count() > 1)
            .Select(g => string.Join("/", g.Select(q => q.Id))).ToList();
        Assert.True(repeated.Count == 0, $"The same question appears more than once: {string.Join(", ", repeated)}");
        var copied = questions.Where(q => old.Contains(Normalised(q.Question))).Select(q => q.Id).ToList();
        Assert.True(copied.Count == 0, $"Questions copied from the first evaluation set: {string.Join(", ", copied)}");
    }

    [Fact]
    public void Every_expected_answer_is_a_catalogue_policy_or_a_guide_and_only_out_of_scope_questions_expect_none()
    {
        var known = Consultants.CatalogueDocuments.Select(d => d.PolicyCode)
            .Concat(Guides().Select(g => g.Id))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(All, q =>
        {
            Assert.NotNull(q.Expected);
            var unknown = q.Expected.Where(code => !known.Contains(code)).ToList();
            Assert.True(unknown.Count == 0, $"{q.Id} expects {string.Join(", ", unknown)}, neither a catalogue policy nor a guide");
            Assert.True(q.Expected.Distinct(StringComparer.Ordinal).Count() == q.Expected.Length, $"{q.Id} lists an answer twice");
            if (q.Kind == "out-of-scope")
            {
                Assert.True(q.Expected.Length == 0, $"{q.Id} is out of scope but expects {string.Join(", ", q.Expected)}");
            }
            else
            {
                Assert.True(q.Expected.Length > 0, $"{q.Id} ({q.Kind}) expects nothing; only out-of-scope questions may");
            }
        });
    }

    [Fact]
    public void The_guides_parse_and_each_names_its_source_and_an_api_step()
    {
        var guides = Guides();

        Assert.InRange(guides.Count, 12, 20);
        Assert.Equal(guides.Count, guides.Select(g => g.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(guides, g =>
        {
            Assert.Matches(GuideId(), g.Id);
            Assert.False(string.IsNullOrWhiteSpace(g.Title), $"{g.Id} has no title");
            Assert.False(string.IsNullOrWhiteSpace(g.Text), $"{g.Id} has no text");
            Assert.NotEmpty(g.Topics);
            Assert.False(string.IsNullOrWhiteSpace(g.Source), $"{g.Id} names no source");
            Assert.Contains(g.Steps, s => s.Path.StartsWith("/api/", StringComparison.Ordinal)
                && s.Method is "GET" or "POST" or "PUT" or "DELETE");
        });
        var catalogueCodes = Consultants.CatalogueDocuments.Select(d => d.PolicyCode).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(guides, g => catalogueCodes.Contains(g.Id));
    }
}
