using Qingmeng.Contracts.ReferenceData;

namespace Qingmeng.Contracts;

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
