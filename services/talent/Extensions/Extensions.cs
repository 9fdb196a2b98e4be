using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.Talent.Infrastructure;

namespace Qingmeng.Talent.Extensions;

public static class Extensions
{
    public const string ServiceName = "talent";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformService<IHostApplicationBuilder, TalentContext>(ServiceName, "talentdb", PlatformScopes.Talent);
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
