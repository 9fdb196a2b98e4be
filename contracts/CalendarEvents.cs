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
