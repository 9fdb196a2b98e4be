namespace Qingmeng.Governance.Application;

public sealed record DispatchAdvice(string RecommendedDepartmentCode, int PredictedWorkingDays, IReadOnlyList<DepartmentAdvice> Candidates);

public sealed record DepartmentAdvice(string DepartmentCode, int ClosedCases, decimal? AverageWorkingDays, int OpenCases, int PredictedWorkingDays, string Reason);

/// <summary>A finished dispatch of the same module: which department closed it and in how many working days.</summary>
public sealed record DispatchHistory(string DepartmentCode, int WorkingDays);
