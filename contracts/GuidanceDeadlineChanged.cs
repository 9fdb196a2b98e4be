using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

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
