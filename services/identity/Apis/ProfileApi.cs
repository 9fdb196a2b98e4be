using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Qingmeng.Identity.Model;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Identity.Apis;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/identity/me", GetMyProfile)
            .RequireAuthorization(AccessTokenPolicy.Name)
            .WithTags("Identity").WithName("GetMyProfile").WithSummary("The caller's own profile, personal data masked");
        return app;
    }

    public static async Task<Results<Ok<ProfileView>, NotFound>> GetMyProfile(ClaimsPrincipal caller, UserManager<PlatformAccount> users)
    {
        // A partner system's token has no account behind it.
        var user = caller.FindFirstValue(PlatformClaims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new ProfileView(
            user.Id, user.UserName!, user.DisplayName, [.. await users.GetRolesAsync(user)],
            user.CreditCode, user.IsFirmAdmin, user.DepartmentCode, user.BankCode,
            user.ResidentIdNumber is { } id ? ResidentIdNumber.Mask(id) : null,
            user.PhoneNumber is { } phone ? MobileNumber.Mask(phone) : null));
    }
}

/// <summary>What a user sees of their own account; the resident ID and phone number are masked even for their owner.</summary>
public sealed record ProfileView(
    string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, string? CreditCode, bool IsFirmAdmin,
    string? DepartmentCode, string? BankCode, string? ResidentIdMasked, string? PhoneMasked);
