namespace Qingmeng.ServiceDefaults.Authentication;

/// <summary>Claim types the identity service issues and every service reads. One list, so they cannot drift.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>统一社会信用代码 of the firm a firm user acts for.</summary>
    public const string CreditCode = "credit_code";

    /// <summary>"true" for the firm's administrator (may manage the firm's users).</summary>
    public const string FirmAdmin = "firm_admin";

    /// <summary>Code of a department officer's department, e.g. ZJJ (住建局).</summary>
    public const string DepartmentCode = "department_code";

    /// <summary>Code of a bank officer's (or a bank system's) partner bank.</summary>
    public const string BankCode = "bank_code";

    /// <summary>Masked resident ID of a verified citizen, e.g. 350***********123X; the clear number never leaves the identity service.</summary>
    public const string ResidentIdMasked = "resident_id_masked";

    /// <summary>
    /// Platform digest of a verified citizen's resident ID (<c>ResidentIdDigest</c>): lets a service check that a number
    /// it is given is the caller's own. Absent for accounts without a verified resident ID.
    /// </summary>
    public const string ResidentIdDigest = "resident_id_digest";

    public const string ClientId = "client_id";
    public const string Scope = "scope";
}

/// <summary>The roles of the platform (DESIGN.md: who uses it).</summary>
public static class PlatformRoles
{
    public const string Firm = "firm";
    public const string Citizen = "citizen";
    public const string Dispatcher = "dispatcher";
    public const string DepartmentOfficer = "department_officer";
    public const string Agent = "agent";
    public const string BankOfficer = "bank_officer";
    public const string PolicyOfficer = "policy_officer";
    public const string Admin = "admin";

    /// <summary>A partner bank's system calling with a client-credentials token.</summary>
    public const string BankSystem = "bank_system";

    /// <summary>The 12345 hotline's system filing cases with a client-credentials token.</summary>
    public const string HotlineSystem = "hotline_system";

    public static readonly IReadOnlyList<string> All =
        [Firm, Citizen, Dispatcher, DepartmentOfficer, Agent, BankOfficer, PolicyOfficer, Admin, BankSystem, HotlineSystem];
}

/// <summary>API scopes and the audience (resource) each grants; a service accepts only tokens for its own audience.</summary>
public static class PlatformScopes
{
    public const string Approval = "approval";
    public const string Governance = "governance";
    public const string Policy = "policy";
    public const string Finance = "finance";
    public const string Talent = "talent";

    public static readonly IReadOnlyDictionary<string, string> Audiences = new Dictionary<string, string>
    {
        [Approval] = "qingmeng-approval",
        [Governance] = "qingmeng-governance",
        [Policy] = "qingmeng-policy",
        [Finance] = "qingmeng-finance",
        [Talent] = "qingmeng-talent",
    };
}
