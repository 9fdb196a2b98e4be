extern alias approval;
extern alias finance;
extern alias governance;
extern alias identity;
extern alias policymatch;
extern alias talent;

using Qingmeng.ServiceDefaults.Validation;
using ApprovalDemoData = approval::Qingmeng.Approval.Infrastructure.DemoData.ApprovalDemoData;
using DemoAccounts = identity::Qingmeng.Identity.Infrastructure.DemoData.DemoAccounts;
using FinanceDemoFigures = finance::Qingmeng.Finance.Infrastructure.DemoData.FinanceDemoFigures;
using FinanceDemoSeeder = finance::Qingmeng.Finance.Infrastructure.DemoData.FinanceDemoSeeder;
using FirmRegisterSeed = governance::Qingmeng.Governance.Infrastructure.DemoData.FirmRegisterSeed;
using GovernanceDemoSeeder = governance::Qingmeng.Governance.Infrastructure.DemoData.GovernanceDemoSeeder;
using PolicyMatchSeeder = policymatch::Qingmeng.PolicyMatch.Infrastructure.PolicyMatchSeeder;
using TalentDemoData = talent::Qingmeng.Talent.Infrastructure.DemoData.TalentDemoData;

namespace Platform.IntegrationTests.ReferenceData;

/// <summary>
/// Every firm a service's seeds name is in the firm register the zone administration (governance) owns and seeds, under
/// the register's name where the seed gives one: the services learn firms from its events, never from copies of their own.
/// </summary>
public sealed class FirmCreditCodesTests
{
    /// <summary>Where each service names a firm: the credit code, and the name it gives the firm there (null when it gives none).</summary>
    public static IEnumerable<(string Where, string CreditCode, string? Name)> FirmsInUse()
    {
        foreach (var account in DemoAccounts.All.Where(a => a.CreditCode is not null))
        {
            yield return ($"identity demo account {account.UserName}", account.CreditCode!, null);
        }
        foreach (var code in GovernanceDemoSeeder.DemoCaseCreditCodes)
        {
            yield return ("governance demo cases", code, null);
        }
        foreach (var (firm, project, _, code) in ApprovalDemoData.Portfolio())
        {
            yield return ($"approval demo project {project}", code, firm);
        }
        foreach (var (code, data) in FinanceDemoSeeder.DemoProfiles)
        {
            yield return ("finance demo profiles", code, data.Name);
        }
        foreach (var (code, name) in FinanceDemoFigures.Firms)
        {
            yield return ("finance demo figures (renewals, fund, white list)", code, name);
        }
        foreach (var code in TalentDemoData.CreditCodesInUse)
        {
            yield return ("talent demo employers and 清濛杯 landings", code, null);
        }
        foreach (var code in PolicyMatchSeeder.DemoFirmCodes)
        {
            yield return ("policy-match demo profiles", code, null);
        }
        foreach (var code in PolicyMatchSeeder.HistoryFirmCodes)
        {
            yield return ("policy-match 2024 秒兑现 history", code, null);
        }
    }

    [Fact]
    public void Every_credit_code_a_service_seeds_is_in_the_firm_register_under_the_register_name()
    {
        var register = FirmRegisterSeed.All.ToDictionary(f => f.CreditCode, f => f.Facts.Name, StringComparer.Ordinal);
        var uses = FirmsInUse().ToList();

        var unknown = uses.Where(u => !register.ContainsKey(u.CreditCode)).Select(u => $"{u.Where}: {u.CreditCode}").Distinct().ToList();
        var renamed = uses.Where(u => u.Name is not null && register.TryGetValue(u.CreditCode, out var name) && name != u.Name)
            .Select(u => $"{u.Where}: {u.CreditCode} is {u.Name} there, {register[u.CreditCode]} in the register").Distinct().ToList();

        Assert.True(uses.Count > 100, $"only {uses.Count} uses found");
        Assert.True(unknown.Count == 0, $"Credit codes unknown to the firm register (governance FirmRegisterSeed):\n{string.Join("\n", unknown)}");
        Assert.True(renamed.Count == 0, $"Firms named otherwise than in the register:\n{string.Join("\n", renamed)}");
    }

    [Fact]
    public void The_firm_register_holds_each_firm_once_under_a_valid_code_and_a_distinct_name()
    {
        var register = FirmRegisterSeed.All;

        Assert.All(register, f => Assert.True(UnifiedSocialCreditCode.IsValid(f.CreditCode), $"{f.CreditCode} ({f.Facts.Name}) fails its check characters"));
        Assert.Equal(register.Count, register.Select(f => f.CreditCode).Distinct().Count());
        Assert.Equal(register.Count, register.Select(f => f.Facts.Name).Distinct().Count());
    }
}
