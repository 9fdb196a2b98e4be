using System.ComponentModel.DataAnnotations;
using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Approval.Apis;

public sealed record GenerateProjectRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string ProjectName,
    [property: Required, UnifiedSocialCreditCode] string CreditCode,
    [property: Required, StringLength(200, MinimumLength = 2)] string FirmName,
    [property: Required, Range(typeof(decimal), "0.01", "1000000000000")] decimal? InvestmentAmount,
    [property: Required, RegularExpression("^[A-Z][0-9]{0,4}$", ErrorMessage = "industryCode 须为 GB/T 4754 行业代码，如 C39 (industryCode must be a GB/T 4754 code such as C39)")] string IndustryCode,
    bool IsKeyProject);

public sealed record LandSiteView(
    Guid Id,
    string Code,
    string Name,
    string Location,
    decimal AreaMu,
    string CurrentUse,
    decimal BaselineFloorArea,
    decimal BaselineAnnualOutput,
    decimal BaselineAnnualTax,
    LandSiteStage Stage,
    string? PlanSummary,
    string? PlannedUse,
    decimal? PlannedFloorArea,
    Guid? ProjectId,
    string? ProjectName,
    decimal? AddedFloorArea,
    decimal? AddedAnnualOutput,
    decimal? AddedAnnualTax)
{
    public static LandSiteView From(LandSite s) => new(
        s.Id, s.Code, s.Name, s.Location, s.AreaMu, s.CurrentUse, s.BaselineFloorArea, s.BaselineAnnualOutput, s.BaselineAnnualTax,
        s.Stage, s.PlanSummary, s.PlannedUse, s.PlannedFloorArea, s.ProjectId, s.ProjectName, s.AddedFloorArea, s.AddedAnnualOutput, s.AddedAnnualTax);
}

/// <summary>The loop's results: sites revitalised (evaluated), their area, and what they added (floor area m², output and tax in yuan a year).</summary>
public sealed record LandSummaryView(int Sites, int SitesRevitalised, decimal AreaMu, decimal AddedFloorArea, decimal AddedAnnualOutput, decimal AddedAnnualTax, IReadOnlyDictionary<string, int> SitesByStage);
