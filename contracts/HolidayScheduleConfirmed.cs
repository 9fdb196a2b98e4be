using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

/// <summary>
/// The administrator loaded (or replaced) a year's holiday schedule from the State Council notice (国务院办公厅关于某年部分节假日安排的通知):
/// every service that counts working days keeps a replica and counts that year with these dates from now on, 调休 included.
/// Carries the whole schedule, so a replica never needs to ask the owner.
/// </summary>
[PartitionKey(nameof(HolidayScheduleConfirmed.Year))]
public sealed record HolidayScheduleConfirmed(int Year, string Notice, IReadOnlyList<ScheduledHoliday> Holidays) : IntegrationEvent;
