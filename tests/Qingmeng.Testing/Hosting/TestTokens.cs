using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Testing.Hosting;

/// <summary>
/// Signs tokens shaped exactly like the identity service's (same claim names, issuer and audience checks),
/// so services can be exercised per role without running the identity service in every test.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://identity.test/";

    public static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = "test-signing-key" };

    /// <summary>A key the services do not trust, for tampering tests.</summary>
    public static readonly RsaSecurityKey ForeignKey = new(RSA.Create(2048)) { KeyId = "test-signing-key" };

    public const string FirmACreditCode = "91350500MA31GJ8K73";
    public const string FirmBCreditCode = "91350503MA33RK6N3U";

    public static string For(TestCaller caller, string audience, TimeSpan? lifetime = null, string issuer = Issuer, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.Subject] = caller.Subject,
            [PlatformClaims.Name] = caller.Name,
            [PlatformClaims.Role] = caller.Roles,
        };
        if (caller.CreditCode is not null)
        {
            claims[PlatformClaims.CreditCode] = caller.CreditCode;
        }
        if (caller.IsFirmAdmin)
        {
            claims[PlatformClaims.FirmAdmin] = "true";
        }
        if (caller.DepartmentCode is not null)
        {
            claims[PlatformClaims.DepartmentCode] = caller.DepartmentCode;
        }
        if (caller.BankCode is not null)
        {
            claims[PlatformClaims.BankCode] = caller.BankCode;
        }
        if (caller.ResidentIdNumber is not null)
        {
            // As identity issues them for a verified citizen: the masked number and its platform digest, never the number.
            claims[PlatformClaims.ResidentIdMasked] = ResidentIdNumber.Mask(caller.ResidentIdNumber);
            claims[PlatformClaims.ResidentIdDigest] = ResidentIdDigest.Of(caller.ResidentIdNumber);
        }

        var expires = now + (lifetime ?? TimeSpan.FromMinutes(30));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires < now ? expires.AddMinutes(-5) : now,
            NotBefore = expires < now ? expires.AddMinutes(-5) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}

/// <summary>A caller of the platform: one of every role, two firms, two departments.</summary>
public sealed record TestCaller(string Subject, string Name, string[] Roles, string? CreditCode = null, string? DepartmentCode = null, string? BankCode = null)
{
    /// <summary>A verified citizen's resident ID: the token carries its masked form and platform digest (<c>with { ResidentIdNumber = … }</c>).</summary>
    public string? ResidentIdNumber { get; init; }

    /// <summary>A firm's administrator (企业管理员), who alone may act for the firm in matters such as 委托代办.</summary>
    public bool IsFirmAdmin { get; init; }

    public static readonly TestCaller FirmA = new("firm-a-admin", "泉州杰嘉电子有限公司 管理员", [PlatformRoles.Firm], TestTokens.FirmACreditCode) { IsFirmAdmin = true };
    public static readonly TestCaller FirmAStaff = new("firm-a-staff", "泉州杰嘉电子有限公司 员工", [PlatformRoles.Firm], TestTokens.FirmACreditCode);
    public static readonly TestCaller FirmB = new("firm-b-admin", "福建路金汽车精密零部件有限公司 管理员", [PlatformRoles.Firm], TestTokens.FirmBCreditCode) { IsFirmAdmin = true };
    public static readonly TestCaller Citizen = new("citizen-1", "陈市民", [PlatformRoles.Citizen]);
    public static readonly TestCaller Dispatcher = new("dispatcher-1", "张调度", [PlatformRoles.Dispatcher]);
    public static readonly TestCaller DepartmentOfficer = new("officer-zjj", "李住建", [PlatformRoles.DepartmentOfficer], DepartmentCode: "ZJJ");
    public static readonly TestCaller Agent = new("agent-1", "王帮办", [PlatformRoles.Agent]);
    public static readonly TestCaller BankOfficer = new("bank-officer-1", "林信贷", [PlatformRoles.BankOfficer], BankCode: "QZBANK");
    public static readonly TestCaller PolicyOfficer = new("policy-officer-1", "黄政策", [PlatformRoles.PolicyOfficer]);
    public static readonly TestCaller Admin = new("admin-1", "系统管理员", [PlatformRoles.Admin]);
    public static readonly TestCaller BankSystem = new("bank-qzbank-system", "泉州银行系统", [PlatformRoles.BankSystem], BankCode: "QZBANK");
    public static readonly TestCaller HotlineSystem = new("hotline-12345-system", "12345热线系统", [PlatformRoles.HotlineSystem]);

    public static readonly IReadOnlyDictionary<string, TestCaller> ByRole = new Dictionary<string, TestCaller>
    {
        [PlatformRoles.Firm] = FirmA,
        [PlatformRoles.Citizen] = Citizen,
        [PlatformRoles.Dispatcher] = Dispatcher,
        [PlatformRoles.DepartmentOfficer] = DepartmentOfficer,
        [PlatformRoles.Agent] = Agent,
        [PlatformRoles.BankOfficer] = BankOfficer,
        [PlatformRoles.PolicyOfficer] = PolicyOfficer,
        [PlatformRoles.Admin] = Admin,
        [PlatformRoles.BankSystem] = BankSystem,
        [PlatformRoles.HotlineSystem] = HotlineSystem,
    };
}
