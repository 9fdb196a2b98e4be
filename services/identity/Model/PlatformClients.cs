using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Identity.Model;

/// <summary>The OAuth clients the platform knows; the seeder registers them, the token endpoint reads the partner systems' claims.</summary>
public static class PlatformClients
{
    /// <summary>First-party app: public client, authorization code + PKCE + refresh tokens.</summary>
    public const string App = "qingmeng-app";

    /// <summary>Demo and development tooling: public client, password grant (usable only when the grant is enabled).</summary>
    public const string Demo = "qingmeng-demo";

    public const string BankQzbankSystem = "bank-qzbank-system";

    public const string Hotline12345System = "hotline-12345-system";

    public static readonly IReadOnlyDictionary<string, PartnerSystem> PartnerSystems = new Dictionary<string, PartnerSystem>
    {
        [BankQzbankSystem] = new(BankQzbankSystem, "泉州银行对接系统", PlatformRoles.BankSystem, "QZBANK", [PlatformScopes.Finance], "qzbank-dev-secret"),
        [Hotline12345System] = new(Hotline12345System, "12345 热线系统", PlatformRoles.HotlineSystem, null, [PlatformScopes.Governance], "hotline-12345-dev-secret"),
    };
}

/// <summary>
/// A partner's system calling with client credentials: the role (and bank) it acts as and the scopes it may request.
/// <see cref="DevelopmentSecret"/> is used only in Development when no <c>Identity:Clients:&lt;id&gt;:Secret</c> is configured.
/// </summary>
public sealed record PartnerSystem(
    string ClientId, string DisplayName, string Role, string? BankCode, IReadOnlyList<string> Scopes, string DevelopmentSecret);
