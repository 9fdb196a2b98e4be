using Qingmeng.Approval.Infrastructure;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Extensions;

public static class Extensions
{
    public const string ServiceName = "approval";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlatformDbContext<IHostApplicationBuilder, ApprovalContext>("approvaldb");
        builder.AddPlatformMessaging<IHostApplicationBuilder, ApprovalContext>(ServiceName);
        builder.AddPlatformAuthentication(PlatformScopes.Audiences[PlatformScopes.Approval]);
        builder.Services.AddValidation();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
