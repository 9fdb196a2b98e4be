using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

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
