using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Finance.Extensions;

public static class Extensions
{
    public const string ServiceName = "finance";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDbContext<IHostApplicationBuilder, FinanceContext>("financedb");
        builder.AddPlatformMessaging<IHostApplicationBuilder, FinanceContext>(ServiceName);
        builder.AddPlatformAuthentication(PlatformScopes.Audiences[PlatformScopes.Finance]);
        builder.Services.AddValidation();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
