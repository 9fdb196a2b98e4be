namespace Architecture.Tests;

/// <summary>Cycle search over the folder graph (depth first, three colours).</summary>
public static class FolderGraph
{
    /// <summary>A cycle as the folders on it, first repeated last; null when there is none.</summary>
    public static IReadOnlyList<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var state = new Dictionary<string, bool>(); // false: on the current path; true: done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var done))
            {
                return done ? null : [.. path.SkipWhile(n => n != node), node];
            }
            state[node] = false;
            path.Add(node);
            foreach (var target in next.GetValueOrDefault(node) ?? [])
            {
                if (Visit(target) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = true;
            return null;
        }

        return next.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }
}
