using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Finance.Extensions;

public static class Extensions
{
    public const string ServiceName = "finance";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformService<IHostApplicationBuilder, FinanceContext>(ServiceName, "financedb", PlatformScopes.Finance);
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
