namespace Qingmeng.Approval.Model;

public static class DependencyGraph
{
    /// <summary>A cycle as a list of codes (first repeated at the end), or null when the graph is acyclic.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, IReadOnlyList<string>> prerequisites)
    {
        var state = new Dictionary<string, int>();
        var stack = new List<string>();

        IReadOnlyList<string>? Visit(string code)
        {
            state[code] = 1;
            stack.Add(code);
            foreach (var next in prerequisites.TryGetValue(code, out var p) ? p : [])
            {
                if (!prerequisites.ContainsKey(next))
                {
                    continue;
                }
                var s = state.GetValueOrDefault(next);
                if (s == 1)
                {
                    return [.. stack.Skip(stack.IndexOf(next)), next];
                }
                if (s == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[code] = 2;
            return null;
        }

        foreach (var code in prerequisites.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(code) == 0 && Visit(code) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }

    /// <summary>Codes ordered so each comes after its prerequisites (prerequisites outside the set are ignored).</summary>
    public static List<string> TopologicalOrder(IReadOnlyDictionary<string, IReadOnlyList<string>> prerequisites)
    {
        var order = new List<string>(prerequisites.Count);
        var done = new HashSet<string>();
        void Visit(string code)
        {
            if (!done.Add(code))
            {
                return;
            }
            foreach (var p in prerequisites[code])
            {
                if (prerequisites.ContainsKey(p))
                {
                    Visit(p);
                }
            }
            order.Add(code);
        }
        foreach (var code in prerequisites.Keys.Order(StringComparer.Ordinal))
        {
            Visit(code);
        }
        return order;
    }
}
