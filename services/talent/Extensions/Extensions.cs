using MassTransit;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.Talent.Apis;
using Qingmeng.Talent.Application;
using Qingmeng.Talent.Consumers;
using Qingmeng.Talent.Infrastructure;
using Qingmeng.Talent.Jobs;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Extensions;

public static class Extensions
{
    public const string ServiceName = "talent";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddTalentPolicies();
        builder.AddPlatformService<IHostApplicationBuilder, TalentContext>(ServiceName, "talentdb", PlatformScopes.Talent, bus =>
        {
            bus.AddInboxConsumer<ProjectRegisteredConsumer>();
            bus.AddInboxConsumer<ProjectReadyForConstructionConsumer>();
            bus.AddInboxConsumer<FirmRegisteredConsumer>();
            bus.AddInboxConsumer<FirmUpdatedConsumer>();
        });
        builder.Services.AddOptions<TalentOptions>().BindConfiguration(TalentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        builder.Services.AddSingleton<TalentMetrics>();
        builder.AddPlatformNotifications<IHostApplicationBuilder, TalentContext>();
        builder.Services.AddScheduledJob<LeaseExpiryReminderJob, TalentContext>(TimeSpan.FromHours(6));
        builder.Services.AddScheduledJob<WelfareReviewReminderJob, TalentContext>(TimeSpan.FromHours(6));
        builder.Services.AddScheduledJob<RetentionIncentiveOverdueJob, TalentContext>(TimeSpan.FromHours(6));
        // Reference data (service points, 健康十条 services) always; demo data only when DemoData:Enabled.
        builder.Services.AddScoped<TalentSeeder>();
        builder.Services.AddScoped<IDbSeeder<TalentContext>, TalentDemoAwardSeeder>();
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
