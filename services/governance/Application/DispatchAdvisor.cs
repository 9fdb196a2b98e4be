namespace Qingmeng.Governance.Application;

/// <summary>
/// Dispatch help from history (module × department × current load): every department that has closed cases of the
/// module, plus the module's default department. Prediction for a department = its average working days to close
/// the module's cases (the module's limit when it has none), stretched by 10 % for every 5 cases it has open,
/// rounded up. Recommended: the shortest prediction; ties go to more experience, then the default department.
/// </summary>
public static class DispatchAdvisor
{
    public static DispatchAdvice Recommend(
        string defaultDepartmentCode, int moduleCompletionWorkingDays, IEnumerable<DispatchHistory> history, IReadOnlyDictionary<string, int> openCases)
    {
        var byDepartment = history.GroupBy(h => h.DepartmentCode).ToDictionary(g => g.Key, g => g.ToList());
        if (!byDepartment.ContainsKey(defaultDepartmentCode))
        {
            byDepartment[defaultDepartmentCode] = [];
        }

        var candidates = byDepartment.Select(entry =>
        {
            var open = openCases.GetValueOrDefault(entry.Key);
            decimal? average = entry.Value.Count == 0 ? null : Math.Round((decimal)entry.Value.Average(h => h.WorkingDays), 1);
            var basis = average ?? moduleCompletionWorkingDays;
            var predicted = Math.Max(1, (int)Math.Ceiling(basis * (1 + (0.1m * (open / 5)))));
            var reason = average is null
                ? $"默认承办部门，无历史记录，按时限 {moduleCompletionWorkingDays} 个工作日估算；在办 {open} 件"
                : $"历史办结 {entry.Value.Count} 件，平均 {average} 个工作日；在办 {open} 件";
            return new DepartmentAdvice(entry.Key, entry.Value.Count, average, open, predicted, reason);
        })
        .OrderBy(c => c.PredictedWorkingDays)
        .ThenByDescending(c => c.ClosedCases)
        .ThenBy(c => c.DepartmentCode == defaultDepartmentCode ? 0 : 1)
        .ThenBy(c => c.DepartmentCode, StringComparer.Ordinal)
        .ToList();
        return new DispatchAdvice(candidates[0].DepartmentCode, candidates[0].PredictedWorkingDays, candidates);
    }
}
