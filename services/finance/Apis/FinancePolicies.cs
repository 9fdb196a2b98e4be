using Microsoft.AspNetCore.Authorization;
using Qingmeng.Finance.Application;

namespace Qingmeng.Finance.Apis;

/// <summary>
/// The service's named authorization policies: an endpoint names the policy it needs, and who meets it is written
/// once, here (the role sets and rules behind the names are in the service's access classes).
/// </summary>
public static class FinancePolicies
{
    public const string Banks = "finance:banks";
    public const string Firms = "finance:firms";
    public const string FirmsAndOfficers = "finance:firms-and-officers";
    public const string ReadCatalogue = "finance:read-catalogue";
    public const string ReadReferrals = "finance:read-referrals";
    public const string ZoneOfficers = "finance:zone-officers";

    public static AuthorizationBuilder AddFinancePolicies(this AuthorizationBuilder policies) => policies
        .AddPolicy(Banks, policy => policy.RequireRole(FinanceAccess.Banks))
        .AddPolicy(Firms, policy => policy.RequireRole(FinanceAccess.FirmOnly))
        .AddPolicy(FirmsAndOfficers, policy => policy.RequireRole(FinanceAccess.FirmsAndOfficers))
        .AddPolicy(ReadCatalogue, policy => policy.RequireRole(FinanceAccess.CatalogueReaders))
        .AddPolicy(ReadReferrals, policy => policy.RequireRole(FinanceAccess.ReferralReaders))
        .AddPolicy(ZoneOfficers, policy => policy.RequireRole(FinanceAccess.ZoneOfficers));
}
