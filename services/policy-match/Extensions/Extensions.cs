using MassTransit;
using Qingmeng.PolicyMatch.Consumers;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Extensions;

public static class Extensions
{
    public const string ServiceName = "policy-match";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDbContext<IHostApplicationBuilder, PolicyMatchContext>("policydb");
        builder.AddPlatformMessaging<IHostApplicationBuilder, PolicyMatchContext>(ServiceName, bus =>
            bus.AddConsumer<CaseClosedConsumer, CaseClosedConsumerDefinition>());
        builder.AddPlatformAuthentication(PlatformScopes.Audiences[PlatformScopes.Policy]);
        builder.Services.AddValidation();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
