using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Qingmeng.Identity.Apis;
using Qingmeng.Identity.Application;
using Qingmeng.Identity.Infrastructure;
using Qingmeng.Identity.Jobs;
using Qingmeng.Identity.Model;
using Qingmeng.Identity.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;

namespace Qingmeng.Identity.Extensions;

public static class Extensions
{
    public const string ServiceName = "identity";

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(IdentityServerOptions.SectionName).Get<IdentityServerOptions>() ?? new();
        builder.Services.AddOptions<IdentityServerOptions>().BindConfiguration(IdentityServerOptions.SectionName);
        builder.Services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);

        builder.AddPlatformDbContext<IHostApplicationBuilder, IdentityContext>("identitydb");
        builder.Services.AddScoped<IDbSeeder<IdentityContext>, IdentitySeeder>();
        builder.AddAccounts();
        // The password grant skips the login form and its protections: demo and development use only, whatever is configured.
        if (options.EnablePasswordGrant && !builder.Environment.IsDevelopment())
        {
            options.EnablePasswordGrant = false;
            builder.Services.AddHostedService<PasswordGrantRefusedNotice>();
        }
        builder.AddTokenServer(options);
        builder.Services.AddScoped<SignInThrottle>();

        builder.Services.AddScoped<PlatformPrincipalFactory>();
        builder.Services.AddHostedService<TokenPruning>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(AccessTokenPolicy.Name, AccessTokenPolicy.Configure);
        // One key ring for every replica: antiforgery tokens and sign-in cookies made by one are read by the others.
        builder.Services.AddDataProtection().SetApplicationName("qingmeng-identity").PersistKeysToDbContext<IdentityContext>();
        builder.Services.AddAntiforgery();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    private static void AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<PlatformAccount, IdentityRole>(identity =>
            {
                // Cookie principals use the same claim types as tokens, so one lookup (sub) serves both.
                identity.ClaimsIdentity.UserIdClaimType = PlatformClaims.Subject;
                identity.ClaimsIdentity.UserNameClaimType = PlatformClaims.Name;
                identity.ClaimsIdentity.RoleClaimType = PlatformClaims.Role;
                identity.Password.RequiredLength = 10;
                // Failed passwords never lock an account (anyone could lock anyone's): SignInThrottle slows the guessing
                // client instead. An account an administrator locks (LockoutEnd) stays refused.
                identity.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<IdentityContext>()
            .AddUserValidator<PlatformAccountValidator>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "qingmeng.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = Apis.LoginPage.Path;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
    }
}

/// <summary>Says at start-up that a configured password grant is ignored, so an operator does not wonder why it answers unsupported_grant_type.</summary>
internal sealed class PasswordGrantRefusedNotice(IHostEnvironment environment, ILogger<PasswordGrantRefusedNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        IdentityLog.PasswordGrantIgnored(logger, environment.EnvironmentName);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
