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

/// <summary>A 帮代办专员 in the pool; projects are assigned to the active agent with the fewest active projects.</summary>
public sealed class Agent
{
    public string Subject { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool Active { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    private Agent()
    {
    }

    public static Agent Enrol(string subject, string name, DateTimeOffset now) => new() { Subject = subject, Name = name, Active = true, EnrolledAt = now };

    public void SetActive(bool active) => Active = active;

    public void Rename(string name) => Name = name;

    /// <summary>The least-loaded active agent; ties go to the longest-serving, then by subject, so the choice is stable.</summary>
    public static Agent? PickByLoad(IEnumerable<Agent> agents, IReadOnlyDictionary<string, int> activeProjects, string? except = null) =>
        agents.Where(a => a.Active && a.Subject != except)
            .OrderBy(a => activeProjects.GetValueOrDefault(a.Subject))
            .ThenBy(a => a.EnrolledAt)
            .ThenBy(a => a.Subject, StringComparer.Ordinal)
            .FirstOrDefault();
}

/// <summary>委托代办: the firm authorises the named agent to act for it on this project. Ends when revoked or on handover.</summary>
public sealed class Delegation
{
    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string AgentSubject { get; private set; } = "";

    public string GrantedBy { get; private set; } = "";

    public string Scope { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    private Delegation()
    {
    }

    public static Delegation Grant(Guid projectId, string agentSubject, string grantedBy, string scope, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        AgentSubject = agentSubject,
        GrantedBy = grantedBy,
        Scope = scope,
        GrantedAt = now,
    };

    public void End(string reason, DateTimeOffset now)
    {
        EndedAt = now;
        EndReason = reason;
    }
}

/// <summary>交接: a project passed from one agent to another, with the reason.</summary>
public sealed class Handover
{
    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string FromAgent { get; private set; } = "";

    public string ToAgent { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    private Handover()
    {
    }

    public static Handover Record(Guid projectId, string from, string to, string reason, string recordedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProjectId = projectId,
        FromAgent = from,
        ToAgent = to,
        Reason = reason,
        RecordedBy = recordedBy,
        At = now,
    };
}

/// <summary>One step of a project's timeline: a task changing state, or a project-level event.</summary>
public sealed class TimelineEntry
{
    public long Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid? TaskId { get; private set; }

    public string? SubItemCode { get; private set; }

    public string Action { get; private set; } = "";

    public string? FromState { get; private set; }

    public string? ToState { get; private set; }

    public string? Note { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    private TimelineEntry()
    {
    }

    public static TimelineEntry For(Guid projectId, ApprovalTask? task, string action, string? from, string? to, string? note, string actor, DateTimeOffset now) => new()
    {
        ProjectId = projectId,
        TaskId = task?.Id,
        SubItemCode = task?.SubItemCode,
        Action = action,
        FromState = from,
        ToState = to,
        Note = note,
        Actor = actor,
        At = now,
    };
}
