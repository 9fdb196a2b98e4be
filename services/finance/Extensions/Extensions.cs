using MassTransit;
using Qingmeng.Finance.Apis;
using Qingmeng.Finance.Application;
using Qingmeng.Finance.Consumers;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.Finance.Infrastructure.DemoData;
using Qingmeng.Finance.Infrastructure.ReferenceData;
using Qingmeng.Finance.Jobs;
using Qingmeng.Finance.Operations;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Finance.Extensions;

public static class Extensions
{
    public const string ServiceName = "finance";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddFinancePolicies();
        builder.AddPlatformService<IHostApplicationBuilder, FinanceContext>(ServiceName, "financedb", PlatformScopes.Finance, bus =>
        {
            bus.AddInboxConsumer<PenaltyRecordedConsumer>();
            bus.AddInboxConsumer<CreditRepairedConsumer>();
            bus.AddInboxConsumer<HolidayScheduleConfirmedConsumer>();
            bus.AddInboxConsumer<ProjectRegisteredConsumer>();
            bus.AddInboxConsumer<TalentCertifiedConsumer>();
            bus.AddInboxConsumer<FirmRegisteredConsumer>();
            bus.AddInboxConsumer<FirmUpdatedConsumer>();
        });
        builder.AddPlatformNotifications<IHostApplicationBuilder, FinanceContext>();
        builder.Services.AddHolidayCalendar<FinanceContext>();
        builder.Services.AddOptions<FinanceOptions>().BindConfiguration(FinanceOptions.SectionName);
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        builder.Services.AddSingleton<FinanceMetrics>();
        builder.Services.AddScoped<ReferralLifecycle>();
        builder.Services.AddScoped<FinanceDemoSeeder>();
        builder.Services.AddScoped<IDbSeeder<FinanceContext>, FinanceCatalogueSeeder>();
        builder.Services.AddScheduledJob<ReferralEscalationJob, FinanceContext>(TimeSpan.FromMinutes(15));
        builder.Services.AddScheduledJob<RenewalWarningJob, FinanceContext>(TimeSpan.FromHours(1));
        builder.Services.AddScheduledJob<WhitelistReevaluationJob, FinanceContext>(TimeSpan.FromHours(6));
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
