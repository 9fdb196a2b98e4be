using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

/// <summary>
/// The administrator loaded (or replaced) a year's holiday schedule from the State Council notice (国务院办公厅关于某年部分节假日安排的通知):
/// every service that counts working days keeps a replica and counts that year with these dates from now on, 调休 included.
/// Carries the whole schedule, so a replica never needs to ask the owner.
/// </summary>
[PartitionKey(nameof(HolidayScheduleConfirmed.Year))]
public sealed record HolidayScheduleConfirmed(int Year, string Notice, IReadOnlyList<ScheduledHoliday> Holidays) : IntegrationEvent;

/// <summary>
/// An open approval task's statutory deadline moved because a year's holiday schedule was confirmed
/// (<see cref="HolidayScheduleConfirmed"/>). <paramref name="PreviousDueAt"/> is the deadline the firm was told before.
/// </summary>
[PartitionKey(nameof(TaskDeadlineChanged.CreditCode), nameof(TaskDeadlineChanged.ProjectId))]
[ExternalConsumers("企业和帮代办员的办事系统、省一体化政务服务平台跟踪每个事项的法定时限 (the firm's and agent's systems and the provincial platform track each task's statutory deadline)")]
public sealed record TaskDeadlineChanged(
    Guid ProjectId,
    Guid TaskId,
    string SubItemCode,
    string CreditCode,
    DateTimeOffset PreviousDueAt,
    DateTimeOffset DueAt,
    int ConfirmedYear) : IntegrationEvent;

/// <summary>
/// An open case's sign-for or completion deadline moved because a year's holiday schedule was confirmed
/// (<see cref="HolidayScheduleConfirmed"/>). A null deadline is one the case does not have at the moment.
/// </summary>
[PartitionKey(nameof(CaseDeadlineChanged.CaseId))]
[ExternalConsumers("12345 热线平台和部门办件系统按时限提醒承办人 (the 12345 hotline platform and departments' case systems remind handlers of deadlines)")]
public sealed record CaseDeadlineChanged(
    Guid CaseId,
    string CaseNumber,
    DateTimeOffset? SignForDueAt,
    DateTimeOffset? CompletionDueAt,
    int ConfirmedYear) : IntegrationEvent;

/// <summary>
/// An open labour-dispute arbitration's running deadline (acceptance, award, performance or the court's next stage) moved because a
/// year's holiday schedule was confirmed (<see cref="HolidayScheduleConfirmed"/>).
/// </summary>
[PartitionKey(nameof(LabourDisputeDeadlineChanged.DisputeId))]
[ExternalConsumers("劳动人事争议仲裁院和法院的办案系统按时限提醒仲裁员和联络员 (the arbitration commission's and court's case systems remind officers of deadlines)")]
public sealed record LabourDisputeDeadlineChanged(
    Guid DisputeId,
    string DisputeNumber,
    string RespondentCreditCode,
    DateTimeOffset PreviousDueAt,
    DateTimeOffset DueAt,
    int ConfirmedYear) : IntegrationEvent;

/// <summary>
/// A 帮扶指导's self-correction period ends on another day because a year's holiday schedule was confirmed
/// (<see cref="HolidayScheduleConfirmed"/>); the firm is inspected only after it.
/// </summary>
[PartitionKey(nameof(GuidanceDeadlineChanged.GuidanceId))]
[ExternalConsumers("部门执法系统安排检查日期、企业的办事系统提醒自查自改期限 (departments' enforcement systems schedule the inspection; the firm's systems remind it of the period)")]
public sealed record GuidanceDeadlineChanged(
    Guid GuidanceId,
    string CreditCode,
    string DepartmentCode,
    DateTimeOffset PreviousDueAt,
    DateTimeOffset DueAt,
    int ConfirmedYear) : IntegrationEvent;

/// <summary>
/// A hazard's rectification deadline moved because a year's holiday schedule was confirmed (<see cref="HolidayScheduleConfirmed"/>).
/// </summary>
[PartitionKey(nameof(HazardDeadlineChanged.HazardId))]
[ExternalConsumers("应急管理部门的隐患排查治理系统和企业按整改期限提醒 (the emergency-management hazard system and the firm are reminded of the rectification deadline)")]
public sealed record HazardDeadlineChanged(
    Guid HazardId,
    string CreditCode,
    string DepartmentCode,
    DateTimeOffset PreviousDueAt,
    DateTimeOffset DueAt,
    int ConfirmedYear) : IntegrationEvent;
