using System.Collections.Concurrent;
using Qingmeng.PolicyMatch.Model.Policies;
using Qingmeng.PolicyMatch.Model.Profiles;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Matching;

/// <summary>One firm against every policy of a <see cref="BulkMatcher"/>: summaries, compact explanations, rendering on demand.</summary>
public readonly ref struct FirmMatches
{
    private readonly BulkMatcher _matcher;
    private readonly FactRow _row;
    private readonly ReadOnlySpan<byte> _explanations;

    internal FirmMatches(BulkMatcher matcher, int firm, FactRow row, ReadOnlySpan<MatchSummary> summaries, ReadOnlySpan<byte> explanations)
    {
        _matcher = matcher;
        Firm = firm;
        _row = row;
        Summaries = summaries;
        _explanations = explanations;
    }

    /// <summary>The firm's position in the list matched.</summary>
    public int Firm { get; }

    /// <summary>One per policy, in the matcher's order.</summary>
    public ReadOnlySpan<MatchSummary> Summaries { get; }

    /// <summary>The compact explanation of the firm against a policy: one <see cref="EligibilityOutcome"/> byte per comparison.</summary>
    public ReadOnlySpan<byte> Explanation(int policy) => _explanations.Slice(_matcher.OffsetOf(policy), _matcher.Policies[policy].ComparisonCount);

    /// <summary>The full explanation of the firm against a policy, rendered from the compact one.</summary>
    public MatchResult Render(int policy) =>
        _matcher.Policies[policy].Render(_row, _matcher.WindowOpen(policy), _matcher.Today, Explanation(policy));
}

/// <summary>Receives each firm's matches; called concurrently for different firms.</summary>
public delegate void FirmMatchedHandler(FirmMatches matches);

/// <summary>
/// Many firms against a set of compiled policies on one day (re-matching after a publication, or everything):
/// each worker loads a firm's facts into its own <see cref="FactRow"/> (only the slots the policies read) and
/// evaluates every policy into its own buffers; firms are split into ranges across the cores, nothing mutable is
/// shared. Each firm's result goes to a handler, which keeps what it needs before the buffers are reused.
/// </summary>
public sealed class BulkMatcher
{
    /// <summary>Below this many firm × policy evaluations one thread is quicker than splitting the work.</summary>
    public const int ParallelThreshold = 16_384;

    private readonly CompiledPolicy[] _policies;
    private readonly bool[] _windowOpen;
    private readonly int[] _offsets;
    private readonly int[] _slots;

    public BulkMatcher(IReadOnlyList<CompiledPolicy> policies, IReadOnlyList<bool> inForce, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(inForce);
        if (policies.Count != inForce.Count)
        {
            throw new ArgumentException("One in-force flag per policy is needed.", nameof(inForce));
        }
        Policies = policies;
        _policies = [.. policies];
        Today = today;
        _windowOpen = new bool[policies.Count];
        _offsets = new int[policies.Count];
        var read = new bool[ProfileFields.Schema.Count];
        for (var i = 0; i < policies.Count; i++)
        {
            _windowOpen[i] = policies[i].IsWindowOpen(inForce[i], today);
            _offsets[i] = ComparisonCount;
            ComparisonCount += policies[i].ComparisonCount;
            foreach (var slot in policies[i].Slots)
            {
                read[slot] = true;
            }
        }
        _slots = [.. Enumerable.Range(0, read.Length).Where(slot => read[slot])];
    }

    /// <summary>The versions given, compiled (through the cache when there is one), with their in-force state on the day.</summary>
    public static BulkMatcher For(IReadOnlyList<PolicyVersion> versions, DateOnly today, CompiledPolicies? compiled = null)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return new BulkMatcher(
            versions.Select(v => compiled?.For(v) ?? CompiledPolicy.Compile(v)).ToList(),
            versions.Select(v => v.IsInForceOn(today)).ToList(),
            today);
    }

    public IReadOnlyList<CompiledPolicy> Policies { get; }

    public DateOnly Today { get; }

    /// <summary>Bytes of compact explanation per firm (all policies).</summary>
    public int ComparisonCount { get; }

    public bool WindowOpen(int policy) => _windowOpen[policy];

    public int OffsetOf(int policy) => _offsets[policy];

    /// <summary>Matches every firm; the handler is called once per firm, concurrently for different firms.</summary>
    public void Match(IReadOnlyList<Facts> firms, FirmMatchedHandler handler, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(firms);
        ArgumentNullException.ThrowIfNull(handler);
        if ((long)firms.Count * Math.Max(1, Policies.Count) < ParallelThreshold || maxDegreeOfParallelism == 1)
        {
            var worker = new Worker(this);
            for (var i = 0; i < firms.Count; i++)
            {
                handler(worker.Match(i, firms[i]));
            }
            return;
        }
        var cores = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        // Several ranges per core so that a core slowed by other work hands its share on.
        var rangeSize = Math.Max(256, firms.Count / (cores * 8));
        Parallel.ForEach(
            Partitioner.Create(0, firms.Count, rangeSize),
            new ParallelOptions { MaxDegreeOfParallelism = cores },
            () => new Worker(this),
            (range, _, worker) =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    handler(worker.Match(i, firms[i]));
                }
                return worker;
            },
            _ => { });
    }

    /// <summary>Matches one firm on the calling thread.</summary>
    public void Match(Facts firm, FirmMatchedHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler(new Worker(this).Match(0, firm));
    }

    /// <summary>A thread's own row and buffers.</summary>
    private sealed class Worker(BulkMatcher matcher)
    {
        private readonly FactRow _row = new(ProfileFields.Schema);
        private readonly MatchSummary[] _summaries = new MatchSummary[matcher.Policies.Count];
        private readonly byte[] _explanations = new byte[matcher.ComparisonCount];

        public FirmMatches Match(int firm, Facts facts)
        {
            _row.Load(facts, matcher._slots);
            var policies = matcher._policies;
            for (var p = 0; p < _summaries.Length; p++)
            {
                var policy = policies[p];
                _summaries[p] = policy.Evaluate(_row, matcher._windowOpen[p], _explanations.AsSpan(matcher._offsets[p], policy.ComparisonCount));
            }
            return new FirmMatches(matcher, firm, _row, _summaries, _explanations);
        }
    }
}
