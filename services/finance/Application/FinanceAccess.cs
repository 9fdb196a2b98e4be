using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Authentication;

namespace Qingmeng.Finance.Application;

/// <summary>Who may do what in the finance service, and which referrals each caller may see.</summary>
public static class FinanceAccess
{
    /// <summary>The zone's officers: the finance officer's duties sit with the policy officer role (政策兑现与金融服务).</summary>
    public static readonly string[] ZoneOfficers = [PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    public static readonly string[] Banks = [PlatformRoles.BankOfficer, PlatformRoles.BankSystem];

    public static readonly string[] CatalogueReaders =
        [PlatformRoles.Firm, PlatformRoles.BankOfficer, PlatformRoles.BankSystem, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    public static readonly string[] ReferralReaders = CatalogueReaders;

    public static readonly string[] FirmsAndOfficers = [PlatformRoles.Firm, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    public static readonly string[] FirmOnly = [PlatformRoles.Firm];

    public static bool IsZoneOfficer(this PlatformUser user) => user.IsInAnyRole(ZoneOfficers);

    public static bool IsBank(this PlatformUser user) => user.IsInAnyRole(Banks) && !string.IsNullOrEmpty(user.BankCode);

    /// <summary>
    /// Zone officers see every referral; a firm its own; a bank (officer or system) only referrals addressed to it,
    /// and only once the firm consented to share its data. Anyone else sees none.
    /// </summary>
    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, PlatformUser user)
    {
        if (user.IsZoneOfficer())
        {
            return referrals;
        }
        if (user.IsInRole(PlatformRoles.Firm) && user.CreditCode is { } creditCode)
        {
            return referrals.Where(r => r.CreditCode == creditCode);
        }
        if (user.IsBank())
        {
            var bankCode = user.BankCode;
            return referrals.Where(r => r.BankCode == bankCode && r.Status != ReferralStatus.Applied);
        }
        return referrals.Where(_ => false);
    }

    /// <summary>The firm whose data a caller acts on: a firm always its own; an officer the one it names.</summary>
    public static string? FirmFor(this PlatformUser user, string? requested) =>
        user.IsInRole(PlatformRoles.Firm) ? user.CreditCode : requested;
}
