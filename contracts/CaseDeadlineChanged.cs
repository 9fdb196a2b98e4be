using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

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
