using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Governance.Extensions;

public static class Extensions
{
    public const string ServiceName = "governance";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDbContext<IHostApplicationBuilder, GovernanceContext>("governancedb");
        builder.AddPlatformMessaging<IHostApplicationBuilder, GovernanceContext>(ServiceName);
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        builder.Services.AddScoped<IDbSeeder<GovernanceContext>, GovernanceDemoSeeder>();
        builder.AddPlatformAuthentication(PlatformScopes.Audiences[PlatformScopes.Governance]);
        builder.Services.AddValidation();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
