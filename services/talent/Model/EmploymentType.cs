namespace Qingmeng.Talent.Model;

/// <summary>schema.org employmentType values (JSON-LD uses the upper-case names verbatim).</summary>
public enum EmploymentType
{
    FullTime,
    PartTime,
    Contractor,
    Temporary,
    Intern,
}

/// <summary>schema.org unitText for a salary amount.</summary>
public enum SalaryUnit
{
    Hour,
    Day,
    Month,
    Year,
}

public static class SchemaOrgNames
{
    public static string Of(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "FULL_TIME",
        EmploymentType.PartTime => "PART_TIME",
        EmploymentType.Contractor => "CONTRACTOR",
        EmploymentType.Temporary => "TEMPORARY",
        EmploymentType.Intern => "INTERN",
        _ => type.ToString().ToUpperInvariant(),
    };

    public static string Of(SalaryUnit unit) => unit.ToString().ToUpperInvariant();
}
