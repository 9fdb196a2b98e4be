namespace Qingmeng.Approval.Model;

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
