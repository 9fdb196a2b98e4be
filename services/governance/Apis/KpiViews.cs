using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.Governance.Model;

namespace Qingmeng.Governance.Apis;

public sealed record KpiReport(DateOnly From, DateOnly To, DateTimeOffset AsOf, IReadOnlyList<DepartmentKpis> Departments);

public sealed record KpiCaseView(Guid CaseId, string CaseNumber, DateTimeOffset DispatchedAt, KpiOutcome Outcome, string Reason);
