using Qingmeng.Contracts.ReferenceData;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Operations;

namespace Qingmeng.Talent.Application;

/// <summary>
/// Who does what here. Firms own postings, hires and certification requests; citizens apply, refer (as
/// ambassadors) and ask for housing; the talent office's reviewers are policy officers (人才认定 is a policy
/// decision) or admins. There is no ambassador role: an ambassador is a citizen with an ambassador record.
/// </summary>
public static class TalentAccess
{
    public static readonly string[] Firms = [PlatformRoles.Firm];

    public static readonly string[] Citizens = [PlatformRoles.Citizen];

    public static readonly string[] Officers = [PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    public static readonly string[] FirmsAndOfficers = [PlatformRoles.Firm, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    public static bool IsOfficer(this PlatformUser user) => user.IsInAnyRole(Officers);

    /// <summary>
    /// 民政局 (civil affairs), the department that keeps the register of households in difficulty and decides on 救助.
    /// Its officers are department officers with this department code; no welfare role exists or is needed.
    /// </summary>
    public const string WelfareDepartment = DepartmentCatalogue.CivilAffairs;

    /// <summary>Department officers in general plus admins; <see cref="MayActOnWelfare"/> narrows them to the welfare department.</summary>
    public static readonly string[] WelfareStaff = [PlatformRoles.DepartmentOfficer, PlatformRoles.Admin];

    /// <summary>The handling officer: a 民政局 officer. Only they see a household head's resident ID, name and phone in clear.</summary>
    public static bool IsWelfareOfficer(this PlatformUser user) =>
        user.IsInRole(PlatformRoles.DepartmentOfficer) && user.DepartmentCode == WelfareDepartment;

    /// <summary>Welfare officers act on the register and the applications; admins may too (oversight) but see personal data masked.</summary>
    public static bool MayActOnWelfare(this PlatformUser user) => user.IsWelfareOfficer() || user.IsInRole(PlatformRoles.Admin);

    /// <summary>Citizens for themselves, officers for anyone (apartment eligibility).</summary>
    public static readonly string[] CitizensAndOfficers = [PlatformRoles.Citizen, PlatformRoles.PolicyOfficer, PlatformRoles.Admin];

    /// <summary>
    /// A citizen acts only as the person their token names. The resident ID a citizen gives must be the one whose
    /// platform digest the identity service put in the token; otherwise (or with no verified resident ID at all)
    /// a refusal (403) naming <paramref name="field"/>. Null when it is the caller's own.
    /// </summary>
    public static Failure? RefuseUnlessOwnResidentId(this PlatformUser user, string residentIdNumber, string action, ILogger logger, string field = "residentIdNumber")
    {
        if (user.ResidentIdDigest is null)
        {
            TalentLog.NotTheCallersResidentId(logger, user.Subject, action, "no verified resident ID");
            return Failure.Forbidden(field,
                "账号未绑定经核验的居民身份证号码，只能在实名认证后以本人身份办理 (the account has no verified resident ID; verify it first).")
                .Titled("未完成实名认证 (no verified resident ID).");
        }
        if (!ResidentIdDigest.Matches(residentIdNumber, user.ResidentIdDigest))
        {
            TalentLog.NotTheCallersResidentId(logger, user.Subject, action, "another person's number");
            return Failure.Forbidden(field,
                "所填居民身份证号码不是本人的 (the resident ID is not the one verified for your account).")
                .Titled("只能以本人身份办理 (you may act only as yourself).");
        }
        return null;
    }

    /// <summary>The longest <c>Idempotency-Key</c> kept (the column's length); a longer one is a 400 naming the header.</summary>
    public const int IdempotencyKeyMaxLength = 100;

    public const string IdempotencyKeyTooLong = "幂等键不能超过100个字符 (Idempotency-Key must be at most 100 characters).";

    /// <summary>"陈*明" style: the surname and the last character, so a list stays readable without naming anyone.</summary>
    public static string MaskName(string name) => name.Length switch
    {
        0 => "",
        1 => "*",
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };
}
