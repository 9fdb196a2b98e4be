using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Qingmeng.Governance.Apis;

public sealed record ModuleView(
    string Code, string Name, string DefaultDepartmentCode, int SignForWorkingDays, int CompletionWorkingDays,
    int EscalateAfterWorkingDays, IReadOnlyList<ServiceTypeView> Services);

public sealed record ServiceTypeView(string Code, string Name, string Description);

public sealed record DepartmentView(string Code, string Name);
