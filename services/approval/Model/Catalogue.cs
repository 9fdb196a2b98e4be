namespace Qingmeng.Approval.Model;

/// <summary>The four stages of a construction project's approvals (工程建设项目审批制度改革).</summary>
public enum ApprovalStage
{
    /// <summary>立项用地规划许可</summary>
    ProjectAndLand,

    /// <summary>工程建设许可</summary>
    EngineeringPermit,

    /// <summary>施工许可</summary>
    ConstructionPermit,

    /// <summary>竣工验收</summary>
    Completion,
}

public sealed record Department(string Code, string Name);

public sealed record CatalogueItem(string Code, string Name, string DepartmentCode);

/// <summary>
/// One sub-item (小项) a department decides on: the materials it requires, its statutory limit in working days
/// (承诺时限, counted on the shared clock), the sub-items that must be approved first, and whether it must be
/// approved before groundbreaking. <see cref="IncludedByDefault"/> marks the sub-items a typical manufacturing project needs.
/// </summary>
public sealed record CatalogueSubItem(
    string Code,
    string Name,
    string ItemCode,
    string DepartmentCode,
    ApprovalStage Stage,
    int LimitWorkingDays,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Prerequisites,
    bool GatesGroundbreaking,
    bool IncludedByDefault);

/// <summary>One published version of the whole catalogue; running projects keep the version they were registered under.</summary>
public sealed record CatalogueDocument(
    IReadOnlyList<Department> Departments,
    IReadOnlyList<CatalogueItem> Items,
    IReadOnlyList<CatalogueSubItem> SubItems)
{
    public CatalogueSubItem? Find(string code) => SubItems.FirstOrDefault(s => s.Code == code);

    /// <summary>Every rule the catalogue must keep: unique codes, known references, positive limits, no duplicate materials, an acyclic graph.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        var departments = Departments.Select(d => d.Code).ToHashSet();
        var items = Items.Select(i => i.Code).ToHashSet();
        var subItems = SubItems.Select(s => s.Code).ToHashSet();
        if (departments.Count != Departments.Count)
        {
            Add("departments", "部门编码不能重复 (department codes must be unique)");
        }
        if (items.Count != Items.Count)
        {
            Add("items", "事项编码不能重复 (item codes must be unique)");
        }
        if (subItems.Count != SubItems.Count)
        {
            Add("subItems", "子项编码不能重复 (sub-item codes must be unique)");
        }
        foreach (var item in Items.Where(i => !departments.Contains(i.DepartmentCode)))
        {
            Add("items", $"事项 {item.Code} 指向未知部门 {item.DepartmentCode} (item {item.Code} names unknown department {item.DepartmentCode})");
        }
        foreach (var sub in SubItems)
        {
            var item = Items.FirstOrDefault(i => i.Code == sub.ItemCode);
            if (item is null)
            {
                Add("subItems", $"子项 {sub.Code} 指向未知事项 {sub.ItemCode} (sub-item {sub.Code} names unknown item {sub.ItemCode})");
            }
            else if (item.DepartmentCode != sub.DepartmentCode)
            {
                Add("subItems", $"子项 {sub.Code} 属于部门 {item.DepartmentCode}，而不是 {sub.DepartmentCode} (sub-item {sub.Code} belongs to department {item.DepartmentCode}, not {sub.DepartmentCode})");
            }
            if (sub.LimitWorkingDays is < 1 or > 120)
            {
                Add("limitWorkingDays", $"子项 {sub.Code} 的承诺时限为 {sub.LimitWorkingDays} 个工作日，须为 1–120 (sub-item {sub.Code} has a limit of {sub.LimitWorkingDays} working days; it must be 1–120)");
            }
            if (sub.Materials.Count == 0)
            {
                Add("materials", $"子项 {sub.Code} 未列出材料 (sub-item {sub.Code} lists no materials)");
            }
            foreach (var duplicate in sub.Materials.GroupBy(m => m).Where(g => g.Count() > 1))
            {
                Add("materials", $"子项 {sub.Code} 重复列出材料 {duplicate.Key} (sub-item {sub.Code} lists material {duplicate.Key} twice)");
            }
            foreach (var missing in sub.Prerequisites.Where(p => !subItems.Contains(p)))
            {
                Add("prerequisites", $"子项 {sub.Code} 指向未知的前置子项 {missing} (sub-item {sub.Code} names unknown prerequisite {missing})");
            }
        }
        if (errors.Count == 0 && DependencyGraph.FindCycle(SubItems.ToDictionary(s => s.Code, s => s.Prerequisites)) is { } cycle)
        {
            Add("prerequisites", $"前置关系形成循环：{string.Join(" → ", cycle)} (the prerequisites form a cycle)");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    public CatalogueDocument WithSubItem(CatalogueSubItem changed) =>
        this with { SubItems = [.. SubItems.Select(s => s.Code == changed.Code ? changed : s)] };
}

/// <summary>A published catalogue version (jsonb document). Versions are append-only.</summary>
public sealed class CatalogueVersion
{
    public int Version { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public string Note { get; private set; } = "";

    public CatalogueDocument Document { get; private set; } = null!;

    private CatalogueVersion()
    {
    }

    public static CatalogueVersion Create(int version, CatalogueDocument document, string publishedBy, string note, DateTimeOffset now) => new()
    {
        Version = version,
        Document = document,
        PublishedBy = publishedBy,
        Note = note,
        PublishedAt = now,
    };
}

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
