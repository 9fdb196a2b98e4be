using MassTransit;
using Qingmeng.PolicyMatch.Consultant;
using Qingmeng.PolicyMatch.Consumers;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.PolicyMatch.Extensions;

public static class Extensions
{
    public const string ServiceName = "policy-match";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformService<IHostApplicationBuilder, PolicyMatchContext>(ServiceName, "policydb", PlatformScopes.Policy, bus =>
            bus.AddConsumer<CaseClosedConsumer, CaseClosedConsumerDefinition>());
        builder.Services.AddScoped<IDbSeeder<PolicyMatchContext>, PolicyMatchSeeder>();
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        builder.AddPolicyConsultant();
        return builder;
    }
}
