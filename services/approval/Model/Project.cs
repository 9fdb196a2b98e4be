namespace Qingmeng.Approval.Model;

public enum ProjectStatus
{
    /// <summary>在办</summary>
    Active,

    /// <summary>具备开工条件: every groundbreaking-gating sub-item approved</summary>
    ReadyForConstruction,
}

public enum ProjectSource
{
    /// <summary>Registered by the firm or its agent.</summary>
    Direct,

    /// <summary>Generated from a low-efficiency land redevelopment site (低效用地再开发 项目生成).</summary>
    LandRedevelopment,
}

/// <summary>A firm's investment project handled by one 帮代办 agent across every department (帮代办 case).</summary>
public sealed class Project
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public string FirmName { get; private set; } = "";

    /// <summary>Total investment in yuan.</summary>
    public decimal InvestmentAmount { get; private set; }

    public string LandLocation { get; private set; } = "";

    public decimal LandAreaMu { get; private set; }

    public string IndustryCode { get; private set; } = "";

    public bool IsKeyProject { get; private set; }

    public ProjectSource Source { get; private set; }

    public int CatalogueVersion { get; private set; }

    public string AgentSubject { get; private set; } = "";

    public string AgentName { get; private set; } = "";

    public ProjectStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public string? IdempotencyKey { get; private set; }

    public DateOnly? ReadyOn { get; private set; }

    /// <summary>The predicted groundbreaking date after the latest transition, and the one before it.</summary>
    public DateOnly? PredictedGroundbreaking { get; private set; }

    public DateOnly? PreviousPredictedGroundbreaking { get; private set; }

    public DateTimeOffset? LastTransitionAt { get; private set; }

    public uint Version { get; private set; }

    private Project()
    {
    }

    public static Project Register(
        string name, string creditCode, string firmName, decimal investmentAmount, string landLocation, decimal landAreaMu,
        string industryCode, bool isKeyProject, ProjectSource source, int catalogueVersion, Agent agent, string registeredBy,
        string? idempotencyKey, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            CreditCode = creditCode,
            FirmName = firmName,
            InvestmentAmount = investmentAmount,
            LandLocation = landLocation,
            LandAreaMu = landAreaMu,
            IndustryCode = industryCode,
            IsKeyProject = isKeyProject,
            Source = source,
            CatalogueVersion = catalogueVersion,
            AgentSubject = agent.Subject,
            AgentName = agent.Name,
            Status = ProjectStatus.Active,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
            IdempotencyKey = idempotencyKey,
        };

    public void HandOverTo(Agent agent)
    {
        AgentSubject = agent.Subject;
        AgentName = agent.Name;
    }

    public void RecordPrediction(DateOnly? predicted, DateTimeOffset now)
    {
        PreviousPredictedGroundbreaking = PredictedGroundbreaking;
        PredictedGroundbreaking = predicted;
        LastTransitionAt = now;
    }

    /// <summary>Marks the project ready; false when it already was (the milestone is reached once).</summary>
    public bool MarkReadyForConstruction(DateOnly readyOn)
    {
        if (Status == ProjectStatus.ReadyForConstruction)
        {
            return false;
        }
        Status = ProjectStatus.ReadyForConstruction;
        ReadyOn = readyOn;
        return true;
    }
}

