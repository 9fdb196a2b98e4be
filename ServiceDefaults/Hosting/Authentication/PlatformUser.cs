using System.Security.Claims;

namespace Qingmeng.ServiceDefaults.Authentication;

/// <summary>The caller as the platform understands them, read from the token's claims.</summary>
public sealed record PlatformUser(
    string Subject,
    string? Name,
    IReadOnlySet<string> Roles,
    string? CreditCode,
    bool IsFirmAdmin,
    string? DepartmentCode,
    string? BankCode,
    string? ClientId)
{
    /// <summary>The platform digest of the caller's verified resident ID, from the token; null when the account has none.</summary>
    public string? ResidentIdDigest { get; init; }

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsInAnyRole(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>The role recorded in audit entries: the first of the caller's roles in platform order.</summary>
    public string PrimaryRole => PlatformRoles.All.FirstOrDefault(Roles.Contains) ?? "none";

    /// <summary>
    /// A platform process acting on its own (a scheduled job, a consumer, a seeder), as recorded in the audit trail:
    /// no roles, no firm, no department; <paramref name="subject"/> names the process, <paramref name="name"/> says it in words.
    /// </summary>
    public static PlatformUser System(string subject, string name) =>
        new(subject, name, new HashSet<string>(StringComparer.Ordinal), null, false, null, null, null);

    public static PlatformUser From(ClaimsPrincipal principal)
    {
        string? Claim(string type) => principal.FindFirst(type)?.Value;
        var roles = principal.FindAll(PlatformClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var clientId = Claim(PlatformClaims.ClientId) ?? Claim("azp");
        return new PlatformUser(
            Claim(PlatformClaims.Subject) ?? clientId ?? "anonymous",
            Claim(PlatformClaims.Name),
            roles,
            Claim(PlatformClaims.CreditCode),
            string.Equals(Claim(PlatformClaims.FirmAdmin), "true", StringComparison.OrdinalIgnoreCase),
            Claim(PlatformClaims.DepartmentCode),
            Claim(PlatformClaims.BankCode),
            clientId)
        {
            ResidentIdDigest = Claim(PlatformClaims.ResidentIdDigest),
        };
    }
}
