using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Paging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Apis;

public sealed record FirmMeetingView(
    Guid Id, FirmMeetingKind Kind, string Title, DateTimeOffset HeldAt, string? Place, string? Chair, int OpenIssues, int ResolvedIssues,
    IReadOnlyList<EngagementIssueView> Issues);

/// <summary>An issue and where its case stands now.</summary>
public sealed record EngagementIssueView(Guid Id, string CreditCode, string Title, Guid CaseId, string CaseNumber, CaseStatus CaseStatus, string? LeadDepartmentCode);

public sealed record EngagementSummaryView(
    int ActiveAssignments, int CadresAssigned, int AssignmentsVisitOverdue, int Visits, int Meetings, IReadOnlyDictionary<FirmMeetingKind, int> MeetingsByKind,
    int IssuesRaised, int IssuesResolved);
