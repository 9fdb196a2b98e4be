using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>
/// The built-in answerer behind the same <see cref="IChatClient"/> interface as a language model: it reads the
/// grounded prompt and composes the answer from the sentences of the best passages that share most with the
/// question, each followed by its passage marker. Deterministic, instant, and needs nothing outside the machine.
/// </summary>
public sealed class ExtractiveChatClient : IChatClient
{
    public const string ModelId = "qingmeng-extractive";

    private const int MaxPassages = 3;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = string.Concat(Compose(messages));
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)) { ModelId = ModelId });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var part in Compose(messages))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, part) { ModelId = ModelId };
            await Task.Yield();
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("qingmeng", defaultModelId: ModelId)
        : null;

    public void Dispose()
    {
    }

    /// <summary>The answer as a few parts (one per cited passage), so that streaming shows it as it is written.</summary>
    private static List<string> Compose(IEnumerable<ChatMessage> messages)
    {
        var (question, passages) = GroundedPrompt.Parse(messages);
        if (passages.Count == 0)
        {
            return [GroundedPrompt.NoAnswer];
        }

        var questionText = ChineseTokenizer.Normalize(question);
        var questionWords = ChineseTokenizer.Words(questionText).ToHashSet(StringComparer.Ordinal);
        var questionGrams = ChineseTokenizer.CharacterBigrams(questionText).ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        var first = true;
        foreach (var passage in passages.Take(MaxPassages))
        {
            var sentences = Sentences(passage.Text);
            var chosen = sentences
                .Select((s, i) => (Sentence: s, Index: i, Score: Overlap(s, questionWords, questionGrams)))
                .OrderByDescending(s => s.Score).ThenBy(s => s.Index)
                .Take(first ? 2 : 1)
                .OrderBy(s => s.Index)
                .Select(s => s.Sentence);
            var excerpt = string.Concat(chosen);
            var lead = first ? "根据" : "另据";
            if (GuideCatalogue.IsGuide(passage.PolicyCode))
            {
                // A guide is the platform's own service: no version or dates to quote, and its steps are quoted whole.
                var text = passage.Text.StartsWith(GuideCatalogue.StepsHeading, StringComparison.Ordinal) ? passage.Text : excerpt;
                parts.Add($"{lead}办事指南《{passage.Title}》（{passage.PolicyCode}）：{text}{passage.Marker}\n");
                first = false;
                continue;
            }
            var validity = passage.EffectiveTo == "长期" ? $"{passage.EffectiveFrom}起施行" : $"{passage.EffectiveFrom}至{passage.EffectiveTo}有效";
            parts.Add($"{lead}《{passage.Title}》（{passage.PolicyCode}，第{passage.Version}版，{validity}）{passage.Clause}：{excerpt}{passage.Marker}\n");
            first = false;
        }
        parts.Add(passages.All(p => GuideCatalogue.IsGuide(p.PolicyCode))
            ? "以上内容摘自平台办事指南，具体以办理部门答复为准。"
            : "以上内容摘自现行政策原文，具体以主管部门解释为准。");
        return parts;
    }

    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            current.Append(c);
            if (c is '。' or '！' or '？')
            {
                sentences.Add(current.ToString().Trim());
                current.Clear();
            }
        }
        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            sentences.Add(rest.EndsWith('。') ? rest : rest + "。");
        }
        return sentences;
    }

    private static double Overlap(string sentence, HashSet<string> questionWords, HashSet<string> questionGrams)
    {
        var normalized = ChineseTokenizer.Normalize(sentence);
        var words = ChineseTokenizer.Words(normalized).Distinct(StringComparer.Ordinal).Count(questionWords.Contains);
        var grams = ChineseTokenizer.CharacterBigrams(normalized).Distinct(StringComparer.Ordinal).Count(questionGrams.Contains);
        // Sentences with amounts and conditions are what firms ask for.
        var figures = sentence.Any(char.IsDigit) || sentence.Contains('万', StringComparison.Ordinal) ? 0.5 : 0;
        return words + 0.5 * grams + figures;
    }
}
