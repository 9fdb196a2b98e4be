namespace Qingmeng.Approval.Model;

/// <summary>现状摸查 → 方案编制 → 项目生成 → 效益评估.</summary>
public enum LandSiteStage
{
    Surveyed,
    Planned,
    ProjectGenerated,
    Evaluated,
}

/// <summary>
/// A low-efficiency land site (低效用地) taken through the zone's redevelopment loop. Baseline figures come from the
/// survey; the evaluation records what the redevelopment added (新增) against that baseline. Money in yuan.
/// </summary>
public sealed class LandSite
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Location { get; private set; } = "";

    public decimal AreaMu { get; private set; }

    public string CurrentUse { get; private set; } = "";

    public decimal BaselineFloorArea { get; private set; }

    public decimal BaselineAnnualOutput { get; private set; }

    public decimal BaselineAnnualTax { get; private set; }

    public LandSiteStage Stage { get; private set; }

    public DateTimeOffset SurveyedAt { get; private set; }

    public string? PlanSummary { get; private set; }

    public string? PlannedUse { get; private set; }

    public decimal? PlannedFloorArea { get; private set; }

    public DateTimeOffset? PlannedAt { get; private set; }

    public Guid? ProjectId { get; private set; }

    public string? ProjectName { get; private set; }

    public DateTimeOffset? ProjectGeneratedAt { get; private set; }

    public decimal? AddedFloorArea { get; private set; }

    public decimal? AddedAnnualOutput { get; private set; }

    public decimal? AddedAnnualTax { get; private set; }

    public DateTimeOffset? EvaluatedAt { get; private set; }

    public uint Version { get; private set; }

    private LandSite()
    {
    }

    public static LandSite Survey(string code, string name, string location, decimal areaMu, string currentUse,
        decimal baselineFloorArea, decimal baselineOutput, decimal baselineTax, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Name = name,
            Location = location,
            AreaMu = areaMu,
            CurrentUse = currentUse,
            BaselineFloorArea = baselineFloorArea,
            BaselineAnnualOutput = baselineOutput,
            BaselineAnnualTax = baselineTax,
            Stage = LandSiteStage.Surveyed,
            SurveyedAt = now,
        };

    public string? Plan(string summary, string plannedUse, decimal plannedFloorArea, DateTimeOffset now)
    {
        if (Stage != LandSiteStage.Surveyed)
        {
            return Refusal("planned", LandSiteStage.Surveyed);
        }
        Stage = LandSiteStage.Planned;
        PlanSummary = summary;
        PlannedUse = plannedUse;
        PlannedFloorArea = plannedFloorArea;
        PlannedAt = now;
        return null;
    }

    public string? GenerateProject(Guid? projectId, string projectName, DateTimeOffset now)
    {
        if (Stage != LandSiteStage.Planned)
        {
            return Refusal("turned into a project", LandSiteStage.Planned);
        }
        Stage = LandSiteStage.ProjectGenerated;
        ProjectId = projectId;
        ProjectName = projectName;
        ProjectGeneratedAt = now;
        return null;
    }

    /// <summary>效益评估: the redeveloped site's floor area, output and tax, recorded as the increase over the survey's baseline.</summary>
    public string? Evaluate(decimal floorArea, decimal annualOutput, decimal annualTax, DateTimeOffset now)
    {
        if (Stage != LandSiteStage.ProjectGenerated)
        {
            return Refusal("evaluated", LandSiteStage.ProjectGenerated);
        }
        Stage = LandSiteStage.Evaluated;
        AddedFloorArea = floorArea - BaselineFloorArea;
        AddedAnnualOutput = annualOutput - BaselineAnnualOutput;
        AddedAnnualTax = annualTax - BaselineAnnualTax;
        EvaluatedAt = now;
        return null;
    }

    private string Refusal(string verb, LandSiteStage allowed) => $"地块 {Code} 当前为 {Stage}，只有在 {allowed} 阶段才能执行此操作 (site {Code} is {Stage}; it can be {verb} only when it is {allowed})";
}
