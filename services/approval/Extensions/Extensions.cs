using Qingmeng.Approval.Infrastructure;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Approval.Extensions;

public static class Extensions
{
    public const string ServiceName = "approval";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformService<IHostApplicationBuilder, ApprovalContext>(ServiceName, "approvaldb", PlatformScopes.Approval);
        // Called here, not in ServiceDefaults: the validation generator describes this project's request types.
        builder.Services.AddValidation();
        return builder;
    }
}
