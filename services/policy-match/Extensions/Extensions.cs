using MassTransit;
using Qingmeng.PolicyMatch.Apis;
using Qingmeng.PolicyMatch.Application.Consultant;
using Qingmeng.PolicyMatch.Infrastructure.Consultant;
using Qingmeng.PolicyMatch.Model.Consultant;
using Qingmeng.PolicyMatch.Operations;
using Qingmeng.PolicyMatch.Consumers;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.PolicyMatch.Infrastructure.DemoData;
using Qingmeng.PolicyMatch.Infrastructure.ReferenceData;
using Qingmeng.PolicyMatch.Jobs;
using Qingmeng.PolicyMatch.Model.Matching;
using Qingmeng.PolicyMatch.Application;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Notifications;
using Qingmeng.ServiceDefaults.Scheduling;
using Qingmeng.ServiceDefaults.Calendar;

namespace Qingmeng.PolicyMatch.Extensions;

public static class Extensions
{
    public const string ServiceName = "policy-match";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicyMatchPolicies();
        builder.AddPlatformService<IHostApplicationBuilder, PolicyMatchContext>(ServiceName, "policydb", PlatformScopes.Policy, bus =>
        {
            bus.AddInboxConsumer<CaseClosedConsumer>();
            bus.AddInboxConsumer<HolidayScheduleConfirmedConsumer>();
            bus.AddInboxConsumer<CaseClosedProfileConsumer>();
            bus.AddInboxConsumer<LoanDisbursedConsumer>();
            bus.AddInboxConsumer<WhitelistChangedConsumer>();
            bus.AddInboxConsumer<TalentCertifiedConsumer>();
            bus.AddInboxConsumer<HireConfirmedConsumer>();
            bus.AddInboxConsumer<ProjectReadyForConstructionConsumer>();
            bus.AddInboxConsumer<CreditRepairedConsumer>();
            bus.AddInboxConsumer<PenaltyRecordedConsumer>();
            bus.AddConsumer<ConsultantIndexConsumer, ConsultantIndexConsumerDefinition>();
            bus.AddInboxConsumer<FirmRegisteredConsumer>();
            bus.AddInboxConsumer<FirmUpdatedConsumer>();
        });
        builder.AddPlatformNotifications<IHostApplicationBuilder, PolicyMatchContext>();
        builder.Services.AddHolidayCalendar<PolicyMatchContext>();
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        builder.Services.AddOptions<ClaimReviewOptions>().BindConfiguration(ClaimReviewOptions.SectionName);
        builder.Services.AddScoped<PolicyCatalogueSeeder>();
        builder.Services.AddScoped<DemoFirmsSeeder>();
        builder.Services.AddScoped<IDbSeeder<PolicyMatchContext>, PolicyMatchSeeder>();
        builder.Services.AddSingleton<PolicyMatchMetrics>();
        builder.Services.AddSingleton<CompiledPolicies>();
        builder.Services.AddScoped<MatchingService>();
        builder.Services.AddScoped<IFirmRematcher>(services => services.GetRequiredService<MatchingService>());
        builder.Services.AddScoped<SubsidyLedger>();
        builder.Services.AddScoped<ClaimDecisions>();
        builder.Services.AddScoped<ClaimApplications>();
        builder.Services.AddScoped<PolicyChanges>();
        builder.Services.AddScoped<ProfileChanges>();
        builder.Services.AddScoped<ProfileService>();
        builder.Services.AddScoped<ICertificationRecorder>(services => services.GetRequiredService<ProfileService>());
        builder.Services.AddScoped<ApplicationGuidanceService>();
        builder.Services.AddScoped<IGuidanceRecorder>(services => services.GetRequiredService<ApplicationGuidanceService>());
        builder.Services.AddScoped<SpecialisedFirmsSeeder>();
        builder.Services.AddScoped<GuidanceHistorySeeder>();
        builder.Services.AddScheduledJob<PolicyPushJob, PolicyMatchContext>(TimeSpan.FromMinutes(1));
        // Rules arrive from clients and jsonb with "$type" in any position.
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => options.SerializerOptions.AllowOutOfOrderMetadataProperties = true);
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        builder.AddPolicyConsultant();
        return builder;
    }
}
