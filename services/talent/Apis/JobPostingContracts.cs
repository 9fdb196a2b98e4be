using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

/// <summary>A posting in schema.org JobPosting terms, flattened: baseSalary as salaryMin/salaryMax/salaryUnit, jobLocation as address and coordinates.</summary>
public sealed record CreateJobPostingRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Title,
    [property: Required, StringLength(8000, MinimumLength = 10)] string Description,
    [property: Required, StringLength(200, MinimumLength = 2)] string OrganizationName,
    [property: Required] DateTimeOffset? ValidThrough,
    [property: Required] EmploymentType? EmploymentType,
    [property: Required, StringLength(300, MinimumLength = 2)] string StreetAddress,
    [property: Required, StringLength(100, MinimumLength = 2)] string AddressLocality,
    [property: StringLength(100)] string? AddressRegion,
    [property: Range(-90.0, 90.0)] double? Latitude,
    [property: Range(-180.0, 180.0)] double? Longitude,
    [property: Required, Range(typeof(decimal), "0", "10000000")] decimal? SalaryMin,
    [property: Required, Range(typeof(decimal), "0", "10000000")] decimal? SalaryMax,
    [property: Required] SalaryUnit? SalaryUnit,
    [property: Range(1, 10000)] int Openings = 1);

public sealed record JobSearchQuery(
    [property: StringLength(50)] string? Keyword,
    [property: Range(typeof(decimal), "0", "10000000")] decimal? MinSalary,
    SalaryUnit? SalaryUnit,
    [property: StringLength(100)] string? Location,
    EmploymentType? EmploymentType);

public sealed record JobPostingView(
    Guid Id,
    string Title,
    string Description,
    string CreditCode,
    string OrganizationName,
    DateOnly DatePosted,
    DateTimeOffset ValidThrough,
    EmploymentType EmploymentType,
    string StreetAddress,
    string AddressLocality,
    string AddressRegion,
    double? Latitude,
    double? Longitude,
    decimal SalaryMin,
    decimal SalaryMax,
    SalaryUnit SalaryUnit,
    int Openings,
    JobPostingStatus Status)
{
    public static JobPostingView From(JobPosting p) => new(
        p.Id, p.Title, p.Description, p.CreditCode, p.OrganizationName, p.DatePosted, p.ValidThrough, p.EmploymentType,
        p.StreetAddress, p.Locality, p.Region, p.Latitude, p.Longitude, p.SalaryMin, p.SalaryMax, p.SalaryUnit, p.Openings, p.Status);
}
