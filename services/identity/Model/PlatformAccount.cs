using Microsoft.AspNetCore.Identity;

namespace Qingmeng.Identity.Model;

/// <summary>
/// An account of a person who signs in (the caller as other services see it is ServiceDefaults' PlatformUser): a firm user, a citizen or an operator. Roles are Identity roles named after
/// <see cref="Qingmeng.ServiceDefaults.Authentication.PlatformRoles"/>; the attributes below become token claims.
/// </summary>
public sealed class PlatformAccount : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>统一社会信用代码 of the firm a firm user acts for; validated with its check characters.</summary>
    public string? CreditCode { get; set; }

    /// <summary>The firm's administrator (a firm may have several users, one administrator).</summary>
    public bool IsFirmAdmin { get; set; }

    /// <summary>
    /// A citizen's verified resident ID in clear. It stays in this database: tokens, logs and responses carry only the mask.
    /// </summary>
    public string? ResidentIdNumber { get; set; }

    /// <summary>A department officer's department, e.g. ZJJ (住建局).</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>A bank officer's partner bank, e.g. QZBANK.</summary>
    public string? BankCode { get; set; }
}
