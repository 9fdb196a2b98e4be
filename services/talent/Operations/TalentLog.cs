using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Operations;

/// <summary>The service's structured log messages; none carries a name, phone or resident ID.</summary>
internal static partial class TalentLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Hire {HireId} confirmed for posting {JobPostingId} (referral {ReferralId})")]
    public static partial void HireConfirmed(ILogger logger, Guid hireId, Guid jobPostingId, Guid? referralId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Referral for posting {JobPostingId} rejected: the worker is already claimed")]
    public static partial void ReferralAlreadyClaimed(ILogger logger, Guid jobPostingId);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Certification {CertificationId} certified at tier {Tier}")]
    public static partial void Certified(ILogger logger, Guid certificationId, TalentTier tier);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Unit {UnitId} let under lease {LeaseId}")]
    public static partial void UnitAllocated(ILogger logger, Guid unitId, Guid leaseId);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "Unit {UnitId} was let by a concurrent allocation; nothing written")]
    public static partial void AllocationLostRace(ILogger logger, Guid unitId);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Information, Message = "Lease expiry reminders: {Reminded} of {Due} due leases reminded")]
    public static partial void LeaseRemindersSent(ILogger logger, int reminded, int due);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Information, Message = "Welfare household {HouseholdId}: {Action}")]
    public static partial void HouseholdChanged(ILogger logger, Guid householdId, HouseholdAction action);

    [LoggerMessage(EventId = 9008, Level = LogLevel.Information, Message = "Welfare review reminders: {Reminded} sent, {Overdue} overdue of {Due} due")]
    public static partial void ReviewRemindersSent(ILogger logger, int reminded, int overdue, int due);

    [LoggerMessage(EventId = 9009, Level = LogLevel.Information, Message = "Assistance application {ApplicationId} ({Type}) approved for {Amount} yuan")]
    public static partial void AssistanceApproved(ILogger logger, Guid applicationId, AssistanceType type, decimal amount);

    [LoggerMessage(EventId = 9010, Level = LogLevel.Warning, Message = "Assistance application {ApplicationId} ({Type}) refused: {Amount} yuan would exceed the household's annual cap")]
    public static partial void AssistanceCapReached(ILogger logger, Guid applicationId, AssistanceType type, decimal amount);

    [LoggerMessage(EventId = 9011, Level = LogLevel.Information, Message = "Assistance application {ApplicationId} paid {Amount} yuan")]
    public static partial void AssistancePaid(ILogger logger, Guid applicationId, decimal amount);

    [LoggerMessage(EventId = 9012, Level = LogLevel.Information, Message = "Health slot {SlotId}: booking {BookingId} {Outcome}")]
    public static partial void HealthBooking(ILogger logger, Guid slotId, Guid bookingId, string outcome);

    [LoggerMessage(EventId = 9013, Level = LogLevel.Warning, Message = "Citizen {Subject} refused at {Action}: the resident ID given is not the one on their token ({Reason})")]
    public static partial void NotTheCallersResidentId(ILogger logger, string subject, string action, string reason);

    [LoggerMessage(EventId = 9014, Level = LogLevel.Warning, Message = "Hire on posting {JobPostingId} refused for {Subject}: the worker never applied to it")]
    public static partial void HireWithoutApplication(ILogger logger, Guid jobPostingId, string subject);

    [LoggerMessage(EventId = 9015, Level = LogLevel.Information, Message = "Recruitment offer {OfferId} made for project {ProjectId} ({Trigger})")]
    public static partial void RecruitmentOffered(ILogger logger, Guid offerId, Guid projectId, RecruitmentOfferTrigger trigger);

    [LoggerMessage(EventId = 9016, Level = LogLevel.Information, Message = "Project {ProjectId} ({Trigger}) already has its recruitment offer; nothing written")]
    public static partial void RecruitmentOfferExists(ILogger logger, Guid projectId, RecruitmentOfferTrigger trigger);

    [LoggerMessage(EventId = 9017, Level = LogLevel.Warning, Message = "Retention incentive of referral {ReferralId} due on {DueOn} is unpaid past {WorkingDays} working days")]
    public static partial void IncentiveOverdue(ILogger logger, Guid referralId, DateOnly dueOn, int workingDays);
}
