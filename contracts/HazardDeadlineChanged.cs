using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

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
