using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Qingmeng.ServiceDefaults.Notifications;

public static class NotificationExtensions
{
    /// <summary>
    /// <see cref="INotificationSender"/> over <typeparamref name="TContext"/>'s notification tables, and the background
    /// sender that delivers what could not go out at once (add the tables with
    /// <see cref="NotificationModelBuilderExtensions.AddNotificationTables"/>); the notification API is then mapped
    /// by <c>UsePlatformService</c>.
    /// </summary>
    public static TBuilder AddPlatformNotifications<TBuilder, TContext>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName)
            .Validate(o => o.MaxPerRecipientPerHour > 0 && o.ClaimTimeout > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero
                    && o.MaxAttempts > 0 && o.PollInterval > TimeSpan.Zero && o.BatchSize > 0,
                "Notifications: limits, timeouts, intervals and sizes must be positive.");
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<NotificationTelemetry>();
        builder.Services.AddHttpClient<SmsGatewayClient>(SmsGatewayClient.HttpClientName);
        builder.Services.AddSingleton<NotificationSender<TContext>>();
        builder.Services.AddSingleton<INotificationSender>(services => services.GetRequiredService<NotificationSender<TContext>>());
        builder.Services.AddHostedService<NotificationDispatcher<TContext>>();
        builder.Services.AddScoped(services => new NotificationStore(services.GetRequiredService<TContext>()));
        builder.Services.AddSingleton(new NotificationsEnabled(typeof(TContext)));
        return builder;
    }

    /// <summary>Whether <see cref="AddPlatformNotifications{TBuilder, TContext}"/> switched notifications on for this service.</summary>
    public static bool SendsNotifications(this IServiceProvider services) => services.GetService<NotificationsEnabled>() is not null;
}

/// <summary>Marks that a service sends notifications, so its API is mapped with the platform endpoints.</summary>
internal sealed record NotificationsEnabled(Type ContextType);
