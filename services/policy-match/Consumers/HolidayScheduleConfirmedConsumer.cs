using Qingmeng.Contracts;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// A year's holiday schedule was confirmed: keeps the replica, and working days are counted with it from now on.
/// Deadlines already set here are bank or review limits the firm was told when they were set, so they are not moved.
/// </summary>
public sealed class HolidayScheduleConfirmedConsumer(IServiceProvider services, HolidayCalendar calendar, TimeProvider time)
    : InboxConsumer<HolidayScheduleConfirmed, PolicyMatchContext>(services)
{
    protected override Task HandleAsync(HolidayScheduleConfirmed message, PolicyMatchContext db, CancellationToken cancellationToken) =>
        HolidayScheduleReplication.ApplyAsync(db, calendar, time, message, recompute: null, cancellationToken);
}
