using MassTransit;
using Microsoft.Extensions.Options;
using Qingmeng.Governance.Apis;
using Qingmeng.Governance.Application;
using Qingmeng.Governance.Consumers;
using Qingmeng.Governance.Jobs;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.Governance.Infrastructure.DemoData;
using Qingmeng.Governance.Operations;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Calendar;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;

namespace Qingmeng.Governance.Extensions;

public static class Extensions
{
    public const string ServiceName = "governance";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddGovernancePolicies();
        builder.AddPlatformService<IHostApplicationBuilder, GovernanceContext>(ServiceName, "governancedb", PlatformScopes.Governance,
            consumers: bus =>
            {
                bus.AddInboxConsumer<ApprovalTaskOverdueConsumer>();
                bus.AddScorecardConsumers();
            });
        builder.Services.AddHolidayCalendar<GovernanceContext>();
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        builder.Services.AddOptions<GovernanceOptions>().BindConfiguration(GovernanceOptions.SectionName);
        builder.Services.AddOptions<ScorecardOptions>().BindConfiguration(ScorecardOptions.SectionName);
        builder.Services.AddOptions<EconomicMonitoringOptions>().BindConfiguration(EconomicMonitoringOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new ScorecardCalculator(services.GetRequiredService<IOptions<ScorecardOptions>>().Value));
        builder.Services.AddScoped<ScorecardProjector>();
        builder.Services.AddScoped<IDbSeeder<GovernanceContext>, GovernanceSeeder>();
        builder.Services.AddScoped<GovernanceDemoSeeder>();
        builder.Services.AddSingleton<GovernanceMetrics>();
        builder.Services.AddScoped<CaseIntake>();
        builder.Services.AddScoped<EconomicReporting>();
        builder.Services.AddScoped<CaseTransitions>();
        builder.Services.AddScoped<CaseFiling>();
        builder.Services.AddScoped<CreditRepairs>();
        builder.Services.AddScoped<FirmEngagement>();
        builder.Services.AddScoped<FirmRegister>();
        builder.Services.AddScoped<Guidances>();
        builder.Services.AddScoped<Hazards>();
        builder.Services.AddScoped<HolidaySchedules>();
        builder.Services.AddScoped<LabourArbitration>();
        builder.Services.AddScoped<Penalties>();
        builder.AddPlatformNotifications<IHostApplicationBuilder, GovernanceContext>();
        builder.Services.AddScheduledJob<SupervisionJob, GovernanceContext>(TimeSpan.FromMinutes(5));
        builder.Services.AddScheduledJob<KpiSnapshotJob, GovernanceContext>(TimeSpan.FromMinutes(5));
        builder.Services.AddScheduledJob<HolidayScheduleWarningJob, GovernanceContext>(TimeSpan.FromHours(6));
        builder.Services.AddHealthChecks().AddCheck<HolidayScheduleHealthCheck>(HolidayScheduleWatch.HealthCheckName);
        builder.Services.AddScheduledJob<LabourEarlyWarningJob, GovernanceContext>(TimeSpan.FromMinutes(5));
        builder.Services.AddScheduledJob<GuidanceJob, GovernanceContext>(TimeSpan.FromMinutes(5));
        builder.Services.AddScheduledJob<CadreVisitJob, GovernanceContext>(TimeSpan.FromHours(1));
        builder.Services.AddScheduledJob<HazardEscalationJob, GovernanceContext>(TimeSpan.FromMinutes(5));
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
