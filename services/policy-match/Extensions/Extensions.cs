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
            bus.AddConsumer<CaseClosedConsumer, CaseClosedConsumerDefinition>();
            bus.AddConsumer<HolidayScheduleConfirmedConsumer, HolidayScheduleConfirmedConsumerDefinition>();
            bus.AddConsumer<CaseClosedProfileConsumer, CaseClosedProfileConsumerDefinition>();
            bus.AddConsumer<LoanDisbursedConsumer, LoanDisbursedConsumerDefinition>();
            bus.AddConsumer<WhitelistChangedConsumer, WhitelistChangedConsumerDefinition>();
            bus.AddConsumer<TalentCertifiedConsumer, TalentCertifiedConsumerDefinition>();
            bus.AddConsumer<HireConfirmedConsumer, HireConfirmedConsumerDefinition>();
            bus.AddConsumer<ProjectReadyForConstructionConsumer, ProjectReadyForConstructionConsumerDefinition>();
            bus.AddConsumer<CreditRepairedConsumer, CreditRepairedConsumerDefinition>();
            bus.AddConsumer<PenaltyRecordedConsumer, PenaltyRecordedConsumerDefinition>();
            bus.AddConsumer<ConsultantIndexConsumer, ConsultantIndexConsumerDefinition>();
            bus.AddConsumer<FirmRegisteredConsumer, FirmRegisteredConsumerDefinition>();
            bus.AddConsumer<FirmUpdatedConsumer, FirmUpdatedConsumerDefinition>();
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
        builder.Services.AddScoped<ProfileService>();
        builder.Services.AddScheduledJob<PolicyPushJob, PolicyMatchContext>(TimeSpan.FromMinutes(1));
        // Rules arrive from clients and jsonb with "$type" in any position.
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => options.SerializerOptions.AllowOutOfOrderMetadataProperties = true);
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        builder.AddPolicyConsultant();
        return builder;
    }
}
