using Qingmeng.Talent.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Talent.Extensions;

public static class Extensions
{
    public const string ServiceName = "talent";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDbContext<IHostApplicationBuilder, TalentContext>("talentdb");
        builder.AddPlatformMessaging<IHostApplicationBuilder, TalentContext>(ServiceName);
        builder.AddPlatformAuthentication(PlatformScopes.Audiences[PlatformScopes.Talent]);
        builder.Services.AddValidation();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
