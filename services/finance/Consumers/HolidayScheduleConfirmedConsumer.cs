using Microsoft.Extensions.Options;
using Qingmeng.Contracts;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Consumers;

/// <summary>
/// A year's holiday schedule was confirmed: keeps the replica, and working days are counted with it from now on.
/// Deadlines already set here are bank or review limits the firm was told when they were set, so they are not moved.
/// </summary>
public sealed class HolidayScheduleConfirmedConsumer(IServiceProvider services, HolidayCalendar calendar, TimeProvider time)
    : InboxConsumer<HolidayScheduleConfirmed, FinanceContext>(services)
{
    protected override Task HandleAsync(HolidayScheduleConfirmed message, CancellationToken cancellationToken) =>
        HolidayScheduleReplication.ApplyAsync(Db, calendar, time, message, recompute: null, cancellationToken);
}

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class HolidayScheduleConfirmedConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<HolidayScheduleConfirmedConsumer>(options);
