using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Qingmeng.Identity.Model;

namespace Qingmeng.Identity.Infrastructure;

/// <summary>
/// Accounts (ASP.NET Core Identity), the OpenIddict applications, authorizations, scopes and tokens, and the
/// data-protection key ring (shared by every replica, so a sign-in form served by one can be posted to another), and the
/// failed sign-in counters (shared too, so a client cannot spread its guesses over replicas), in one schema.
/// </summary>
public sealed class IdentityContext(DbContextOptions<IdentityContext> options) : IdentityDbContext<PlatformAccount>(options), IDataProtectionKeyContext
{
    public const string Schema = "identity";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInFailureCounter> SignInFailureCounters => Set<SignInFailureCounter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);

        // The model-level switch rather than options.UseOpenIddict(): it keeps the pooled, shared AddPlatformDbContext registration.
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityContext).Assembly);

        // Plain table names instead of AspNet*/OpenIddict* prefixes, so operators' SQL reads naturally.
        builder.Entity<PlatformAccount>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("oidc_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("oidc_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("oidc_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("oidc_tokens");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
