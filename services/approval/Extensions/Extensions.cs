using MassTransit;
using Qingmeng.Approval.Apis;
using Qingmeng.Approval.Application;
using Qingmeng.Approval.Consumers;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.Approval.Jobs;
using Qingmeng.Approval.Operations;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.Approval.Extensions;

public static class Extensions
{
    public const string ServiceName = "approval";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddApprovalPolicies();
        builder.AddPlatformService<IHostApplicationBuilder, ApprovalContext>(ServiceName, "approvaldb", PlatformScopes.Approval, bus =>
        {
            bus.AddInboxConsumer<CaseFiledConsumer>();
            bus.AddInboxConsumer<SupervisionConcludedConsumer>();
            bus.AddInboxConsumer<HolidayScheduleConfirmedConsumer>();
            bus.AddInboxConsumer<FirmRegisteredConsumer>();
            bus.AddInboxConsumer<FirmUpdatedConsumer>();
        });
        builder.Services.AddHolidayCalendar<ApprovalContext>();
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        builder.Services.AddScoped<ApprovalSeeder>();
        builder.Services.AddScoped<IDbSeeder<ApprovalContext>, ApprovalFiguresSeeder>();
        builder.Services.AddSingleton<ApprovalMetrics>();
        builder.Services.AddScoped<TaskWorkflow>();
        builder.Services.AddScoped<ProjectRegistration>();
        builder.Services.AddScoped<LandRedevelopment>();
        builder.Services.AddScoped<InvestmentPromotion>();
        builder.Services.AddScoped<ProjectAgency>();
        builder.Services.AddScoped<CatalogueMaintenance>();
        // Deemed acceptance and overdue checks; the round is cheap (indexed) so once a minute keeps supervision prompt.
        builder.Services.AddScheduledJob<ApprovalClockJob, ApprovalContext>(TimeSpan.FromMinutes(1));
        if (builder.Environment.IsEnvironment("Testing") && builder.Configuration["Testing:ClockJobOffsetFile"] is { Length: > 0 } offsetFile)
        {
            // Whole-platform tests move the clock job's "now" forward to let a deadline pass; never outside Testing.
            var moved = new MovedClock(offsetFile);
            builder.Services.AddScoped(services => ActivatorUtilities.CreateInstance<ApprovalClockJob>(services, moved));
        }
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
