using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;

namespace Qingmeng.PolicyMatch.Application.Consultant;

/// <summary>
/// 小濛智能咨询: guards the question, retrieves the passages in force, decides whether they answer it (or refers
/// the firm to the hotline), and has the configured <see cref="IChatClient"/> write the answer, whose citations
/// are checked; an ungrounded or failed model answer is replaced by the built-in extractive answer.
/// </summary>
public sealed class PolicyConsultant(
    PassageIndex index,
    IChatClient answerer,
    ExtractiveChatClient builtIn,
    IOptions<ConsultantOptions> options,
    ConsultantMetrics metrics,
    TimeProvider time,
    ILogger<PolicyConsultant> logger)
{
    private const int Candidates = 40;
    private const int MaxPerPolicy = 2;
    private const int RankedPolicies = 6;

    /// <summary>How much a policy's coverage of the whole question counts against its best passage's score in the ranking.</summary>
    private const double RankCoverageWeight = 0.3;

    public PassageIndex Index => index;

    /// <summary>
    /// Retrieval and the decision to answer, offer candidates or refer, without writing the answer; a question about the
    /// asker's own items (我的工单办到哪了) is marked so that the endpoints add them from the owning services, beside the
    /// guide or policy that explains how such items go.
    /// </summary>
    public ConsultPlan Plan(string question)
    {
        var plan = PlanRetrieval(question);
        return plan with { OwnItems = OwnItemsIntent.Detect(plan.Guarded.Text) };
    }

    private ConsultPlan PlanRetrieval(string question)
    {
        var settings = options.Value;
        // Who asks (a name, a phone number, an ID number, an e-mail address) is no part of what is asked: it is
        // removed before retrieval, so it can neither weigh in the coverage gate nor reach a model.
        var guarded = QuestionGuard.Inspect(PersonalDataMasker.WithoutPersonalData(question));
        var today = ChinaTime.ToChinaDate(time.GetUtcNow());
        var analyzed = index.Analyze(guarded.Text);
        if (!analyzed.HasTopic)
        {
            var reason = guarded.InjectionDetected
                ? "您的提问中包含要求改变咨询规则的内容，小濛已忽略；请直接描述您想了解的政策问题。"
                : "没有从您的提问中识别出具体的政策事项，请补充您想了解的扶持内容。";
            return new ConsultPlan(guarded, analyzed, [], [], reason, ConsultDecision.Refer, GateFeatures.None);
        }

        var hits = index.Search(analyzed, today, Candidates);
        var (ranked, elsewhere) = Rank(analyzed, hits);
        var features = new GateFeatures(
            [.. ranked.Take(3).Select(r => r.Coverage)],
            [.. ranked.Take(3).Select(r => ranked[0].Rank <= 0 ? 0 : r.Rank / ranked[0].Rank)],
            analyzed.ElsewherePlace is not null,
            ranked.Count == 0 ? 0 : ranked[0].Best.Score,
            HandledElsewhere(ranked, elsewhere));
        var matches = ranked.Take(3)
            .Select(r => new ConsultMatch(r.Best.Passage.PolicyCode, r.Best.Passage.Version, r.Best.Passage.Title, Math.Round(r.Best.Score, 3), Math.Round(r.Coverage, 3)))
            .ToList();
        var (decision, offered) = settings.Gate.Decide(features);
        switch (decision)
        {
            case ConsultDecision.OutOfScope:
                return new ConsultPlan(guarded, analyzed, matches, [],
                    analyzed.ElsewherePlace is { } place
                        ? $"小濛只解答清濛开发区的政策和办事事项，{place}的政策请咨询当地政务服务部门。"
                        : elsewhere is not null && settings.Gate.IsHandledElsewhere(features)
                            ? $"这类问题不在清濛开发区的政策和平台办事范围内，请咨询{elsewhere.Best.Passage.IssuingBody}。"
                            : "现行有效的政策和平台办事指南中没有与这个问题相关的内容，小濛不作猜测。", decision, features);
            case ConsultDecision.Refer:
                return new ConsultPlan(guarded, analyzed, matches, [],
                    "现行有效的政策中没有找到能确切回答这个问题的条款，小濛不作猜测。", decision, features);
            case ConsultDecision.Candidates:
                // One passage from each close candidate, so the asker can tell which one is theirs.
                return new ConsultPlan(guarded, analyzed, matches,
                    [.. ranked.Take(offered).Select(r => r.Best.Passage)], null, decision, features);
        }

        var answering = ranked[0].Best.Passage.PolicyCode;
        var top = ranked[0].Best;
        var selected = new List<PolicyPassage>();
        foreach (var hit in hits.Where(h => h.Passage.PolicyCode == answering)
            .Concat(hits.Where(h => h.Passage.PolicyCode != answering && !OutOfScopeCatalogue.IsOutOfScope(h.Passage.PolicyCode))))
        {
            if (selected.Count == settings.MaxCitations)
            {
                break;
            }
            if (selected.Count > 0 && (hit.Score < 0.5 * top.Score || hit.Coverage < settings.Gate.AnswerCoverage))
            {
                continue;
            }
            if (selected.Count(p => p.PolicyCode == hit.Passage.PolicyCode) >= MaxPerPolicy
                || selected.Any(p => Repeats(p, hit.Passage)))
            {
                continue;
            }
            selected.Add(hit.Passage);
        }
        if (GuideCatalogue.IsGuide(answering) && index.Passage(answering, GuideCatalogue.StepsHeading) is { } steps
            && !selected.Contains(steps))
        {
            // An answer from a guide always names the API or portal step to take.
            selected.Insert(1, steps);
            if (selected.Count > settings.MaxCitations)
            {
                selected.RemoveAt(selected.Count - 1);
            }
        }
        return new ConsultPlan(guarded, analyzed, matches, selected, null, decision, features);
    }

    /// <summary>
    /// Policies (and guides) ranked by their best passage's score, relative to the best one's, and by how much of the
    /// question they cover over all their passages; beside them, the closest out-of-scope topic, ranked the same way.
    /// </summary>
    private (List<RankedPolicy> Ranked, RankedPolicy? Elsewhere) Rank(AnalyzedQuestion analyzed, IReadOnlyList<PassageHit> hits)
    {
        var best = hits.GroupBy(h => h.Passage.PolicyCode, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var zone = best.Where(h => !OutOfScopeCatalogue.IsOutOfScope(h.Passage.PolicyCode)).Take(RankedPolicies).ToList();
        var elsewhere = best.FirstOrDefault(h => OutOfScopeCatalogue.IsOutOfScope(h.Passage.PolicyCode));
        if (best.Count == 0)
        {
            return ([], null);
        }
        var topScore = best[0].Score;
        RankedPolicy Ranked(PassageHit h)
        {
            var coverage = Math.Max(h.Coverage, index.PolicyCoverage(analyzed, h.Passage.PolicyCode));
            return new RankedPolicy(h, coverage, (1 - RankCoverageWeight) * h.Score / topScore + RankCoverageWeight * coverage);
        }
        return ([.. zone.Select(Ranked).OrderByDescending(r => r.Rank).ThenByDescending(r => r.Best.Score)],
            elsewhere is null ? null : Ranked(elsewhere));
    }

    private sealed record RankedPolicy(PassageHit Best, double Coverage, double Rank);

    /// <summary>
    /// How close the closest out-of-scope topic comes to the best policy or guide (ranking score relative to theirs); 0
    /// when the best zone text covers more of the question than the topic's examples do: another authority's topic only
    /// counts when it explains the question at least as fully (a tie counts: on the tuning questions, sending ties to the
    /// zone answered more out-of-scope questions and referred more answerable ones).
    /// </summary>
    private static double HandledElsewhere(List<RankedPolicy> ranked, RankedPolicy? elsewhere) =>
        elsewhere is null ? 0
        : ranked.Count == 0 || ranked[0].Rank <= 0 ? double.MaxValue
        : elsewhere.Coverage < ranked[0].Coverage ? 0
        : elsewhere.Rank / ranked[0].Rank;

    /// <summary>Answers in one piece.</summary>
    public async Task<ConsultAnswer> AnswerAsync(ConsultPlan plan, Guid questionId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        ConsultAnswer answer;
        if (plan.Refusal is not null)
        {
            answer = Refusal(plan, questionId);
        }
        else
        {
            var messages = GroundedPrompt.Build(plan.Guarded.Text, plan.Passages);
            var (text, mode) = await WriteAsync(messages, plan, questionId, cancellationToken);
            answer = Grounded(plan, questionId, text, mode);
        }
        Record(plan, answer, started);
        return answer;
    }

    /// <summary>Answers as a stream: "matches", then "delta" parts of the text, then "answer" with everything checked.</summary>
    public async IAsyncEnumerable<ConsultStreamEvent> StreamAsync(
        ConsultPlan plan, Guid questionId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var citations = plan.Passages.Select((p, i) => ConsultCitation.From(i + 1, p)).ToList();
        yield return new ConsultStreamEvent("matches", null, null, citations);
        if (plan.Refusal is not null)
        {
            var refusal = Refusal(plan, questionId);
            yield return new ConsultStreamEvent("delta", refusal.Answer, null, null);
            Record(plan, refusal, started);
            yield return new ConsultStreamEvent("answer", null, refusal, null);
            yield break;
        }

        var messages = GroundedPrompt.Build(plan.Guarded.Text, plan.Passages);
        var written = new StringBuilder();
        var failed = false;
        await using (var updates = answerer.GetStreamingResponseAsync(messages, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken))
        {
            while (true)
            {
                ChatResponseUpdate update;
                try
                {
                    if (!await updates.MoveNextAsync())
                    {
                        break;
                    }
                    update = updates.Current;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    ConsultantLog.ModelFailed(logger, questionId, ex.GetType().Name);
                    failed = true;
                    break;
                }
                if (!string.IsNullOrEmpty(update.Text))
                {
                    written.Append(update.Text);
                    yield return new ConsultStreamEvent("delta", update.Text, null, null);
                }
            }
        }

        var text = written.ToString();
        var mode = ModeOf(answerer);
        if (failed || answerer is not ExtractiveChatClient)
        {
            var check = CitationChecker.Check(text, plan.Passages);
            if (failed || !check.Accepted)
            {
                if (!failed && !check.NoAnswer)
                {
                    ConsultantLog.ModelAnswerRejected(logger, questionId, check.Problem ?? "");
                }
                if (check.NoAnswer && !failed)
                {
                    var refusal = Refusal(plan with { Refusal = "所找到的条款不能回答这个问题，小濛不作猜测。" }, questionId);
                    Record(plan, refusal, started);
                    yield return new ConsultStreamEvent("answer", null, refusal, null);
                    yield break;
                }
                text = (await builtIn.GetResponseAsync(messages, cancellationToken: cancellationToken)).Text;
                mode = "extractive-fallback";
            }
        }
        var answer = Grounded(plan, questionId, text, mode);
        Record(plan, answer, started);
        yield return new ConsultStreamEvent("answer", null, answer, null);
    }

    private async Task<(string Text, string Mode)> WriteAsync(List<ChatMessage> messages, ConsultPlan plan, Guid questionId, CancellationToken cancellationToken)
    {
        if (answerer is ExtractiveChatClient)
        {
            return ((await answerer.GetResponseAsync(messages, cancellationToken: cancellationToken)).Text, ModeOf(answerer));
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.ModelTimeout);
            var response = await answerer.GetResponseAsync(messages, new ChatOptions { Temperature = 0.1f }, timeout.Token);
            var check = CitationChecker.Check(response.Text, plan.Passages);
            if (check.Accepted)
            {
                return (response.Text, ModeOf(answerer));
            }
            if (check.NoAnswer)
            {
                return (GroundedPrompt.NoAnswer, "model");
            }
            ConsultantLog.ModelAnswerRejected(logger, questionId, check.Problem ?? "");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            ConsultantLog.ModelFailed(logger, questionId, ex.GetType().Name);
        }
        return ((await builtIn.GetResponseAsync(messages, cancellationToken: cancellationToken)).Text, "extractive-fallback");
    }

    private ConsultAnswer Grounded(ConsultPlan plan, Guid questionId, string text, string mode)
    {
        if (text.Contains(GroundedPrompt.NoAnswer, StringComparison.Ordinal))
        {
            return Refusal(plan with { Refusal = "所找到的条款不能回答这个问题，小濛不作猜测。" }, questionId);
        }
        var check = CitationChecker.Check(text, plan.Passages);
        var citations = check.Markers.Select(n => ConsultCitation.From(n, plan.Passages[n - 1])).ToList();
        if (plan.Decision == ConsultDecision.Candidates)
        {
            text = CandidatesLead + text;
        }
        return new ConsultAnswer(questionId, true, text, mode, citations, plan.Matches, null,
            plan.Analyzed.Corrections, plan.Guarded.InjectionDetected, null, DecisionName(plan.Decision));
    }

    private ConsultAnswer Refusal(ConsultPlan plan, Guid questionId)
    {
        var settings = options.Value;
        var text = $"{plan.Refusal}建议拨打{settings.Hotline}政务服务热线，或联系{settings.HumanDesk}人工咨询。";
        return new ConsultAnswer(questionId, false, text, "referral", [], plan.Matches,
            new ConsultReferral(plan.Refusal ?? "", settings.Hotline, settings.HumanDesk),
            plan.Analyzed.Corrections, plan.Guarded.InjectionDetected, null,
            DecisionName(plan.Decision is ConsultDecision.OutOfScope ? ConsultDecision.OutOfScope : ConsultDecision.Refer));
    }

    private void Record(ConsultPlan plan, ConsultAnswer answer, long started)
    {
        if (plan.Guarded.InjectionDetected)
        {
            ConsultantLog.InstructionsIgnored(logger, answer.QuestionId);
        }
        ConsultantLog.Answered(logger, answer.QuestionId, plan.Guarded.Text.Length, answer.Answered, answer.Mode,
            plan.Matches.FirstOrDefault()?.PolicyCode ?? "none");
        metrics.Asked(answer.Answered, answer.Mode, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>A clause that says again what a chosen passage says (a summary restates the support clause).</summary>
    private static bool Repeats(PolicyPassage chosen, PolicyPassage candidate)
    {
        if (chosen.PolicyCode != candidate.PolicyCode)
        {
            return false;
        }
        var a = ChineseTokenizer.CharacterBigrams(chosen.Text).ToHashSet(StringComparer.Ordinal);
        var b = ChineseTokenizer.CharacterBigrams(candidate.Text).ToHashSet(StringComparer.Ordinal);
        var shared = a.Count(b.Contains);
        return shared >= 0.6 * Math.Min(a.Count, b.Count);
    }

    /// <summary>How an answer from close candidates starts.</summary>
    public const string CandidatesLead = "您可能想了解以下几项，请对照您的情况：\n";

    private static string DecisionName(ConsultDecision decision) => decision switch
    {
        ConsultDecision.Answer => "answer",
        ConsultDecision.Candidates => "candidates",
        ConsultDecision.OutOfScope => "out-of-scope",
        _ => "referral",
    };

    private static string ModeOf(IChatClient client) => client is ExtractiveChatClient ? "extractive" : "model";
}

/// <summary>What retrieval decided for a question: the passages to answer from, or why to refer the firm.</summary>
public sealed record ConsultPlan(
    GuardedQuestion Guarded,
    AnalyzedQuestion Analyzed,
    IReadOnlyList<ConsultMatch> Matches,
    IReadOnlyList<PolicyPassage> Passages,
    string? Refusal,
    ConsultDecision Decision,
    GateFeatures Features,
    OwnItemKinds OwnItems = OwnItemKinds.None);
