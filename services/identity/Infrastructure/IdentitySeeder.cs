using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Qingmeng.Identity.Infrastructure.DemoData;
using Qingmeng.Identity.Model;
using Qingmeng.Identity.Operations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Qingmeng.Identity.Infrastructure;

/// <summary>
/// Runs after migrations on every start (under the migration lock): registers the roles and OAuth clients — updating
/// redirect URIs and secrets from configuration — and, when demo data is enabled, the demo accounts. Idempotent.
/// </summary>
internal sealed class IdentitySeeder(
    IOpenIddictApplicationManager applications,
    RoleManager<IdentityRole> roles,
    UserManager<PlatformAccount> users,
    IOptions<IdentityServerOptions> serverOptions,
    IOptions<DemoDataOptions> demoOptions,
    IHostEnvironment environment,
    ILogger<IdentitySeeder> logger) : IDbSeeder<IdentityContext>
{
    private static readonly string[] UserScopes =
        [Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, .. PlatformScopes.Audiences.Keys];

    public async Task SeedAsync(IdentityContext context, CancellationToken cancellationToken)
    {
        foreach (var role in PlatformRoles.All.Except([PlatformRoles.BankSystem, PlatformRoles.HotlineSystem]))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Require(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        var descriptors = ClientDescriptors().ToList();
        foreach (var descriptor in descriptors)
        {
            if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
        }
        IdentityLog.ClientsSeeded(logger, descriptors.Count);

        if (demoOptions.Value.Enabled)
        {
            await SeedDemoAccountsAsync();
        }
    }

    private IEnumerable<OpenIddictApplicationDescriptor> ClientDescriptors()
    {
        var options = serverOptions.Value;
        var app = PublicClient(PlatformClients.App, "清濛 App", GrantTypes.AuthorizationCode, GrantTypes.RefreshToken);
        app.Permissions.UnionWith([Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession, Permissions.ResponseTypes.Code]);
        app.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        foreach (var uri in options.EffectiveAppRedirectUris)
        {
            app.RedirectUris.Add(new Uri(uri));
            app.PostLogoutRedirectUris.Add(new Uri(uri));
        }
        yield return app;

        yield return PublicClient(PlatformClients.Demo, "清濛演示工具 (password grant)", GrantTypes.Password, GrantTypes.RefreshToken);

        foreach (var system in PlatformClients.PartnerSystems.Values)
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = system.ClientId,
                ClientSecret = SecretOf(system, options),
                ClientType = ClientTypes.Confidential,
                DisplayName = system.DisplayName,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            };
            descriptor.Permissions.UnionWith(system.Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
            yield return descriptor;
        }
    }

    private static OpenIddictApplicationDescriptor PublicClient(string clientId, string displayName, params string[] grantTypes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token },
        };
        descriptor.Permissions.UnionWith(grantTypes.Select(grant => Permissions.Prefixes.GrantType + grant));
        descriptor.Permissions.UnionWith(UserScopes.Where(scope => scope != Scopes.OpenId).Select(scope => Permissions.Prefixes.Scope + scope));
        return descriptor;
    }

    private string SecretOf(PartnerSystem system, IdentityServerOptions options)
    {
        if (options.Clients.TryGetValue(system.ClientId, out var client) && !string.IsNullOrWhiteSpace(client.Secret))
        {
            return client.Secret;
        }
        return environment.IsDevelopment()
            ? system.DevelopmentSecret
            : throw new InvalidOperationException(
                $"No secret is configured for client {system.ClientId}: set {IdentityServerOptions.SectionName}:Clients:{system.ClientId}:Secret.");
    }

    private async Task SeedDemoAccountsAsync()
    {
        var created = 0;
        foreach (var demo in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(demo.UserName) is { } existing)
            {
                // An account seeded before the shared department catalogue carries a retired code (STHJ, YJGL).
                if (existing.DepartmentCode != demo.DepartmentCode)
                {
                    existing.DepartmentCode = demo.DepartmentCode;
                    Require(await users.UpdateAsync(existing), $"department of demo account {demo.UserName}");
                }
                continue;
            }
            var user = new PlatformAccount
            {
                UserName = demo.UserName,
                DisplayName = demo.DisplayName,
                CreditCode = demo.CreditCode,
                IsFirmAdmin = demo.IsFirmAdmin,
                ResidentIdNumber = demo.ResidentIdNumber,
                PhoneNumber = demo.PhoneNumber,
                DepartmentCode = demo.DepartmentCode,
                BankCode = demo.BankCode,
            };
            Require(await users.CreateAsync(user, DemoAccounts.Password), $"demo account {demo.UserName}");
            Require(await users.AddToRoleAsync(user, demo.Role), $"role of demo account {demo.UserName}");
            created++;
        }
        IdentityLog.DemoAccountsSeeded(logger, created, DemoAccounts.All.Count - created);
    }

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not seed {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
