namespace Qingmeng.Talent.Model;

public enum HouseholdAction
{
    Registered,
    Reviewed,
    Exited,
    ReEntered,
}

/// <summary>One line of a household's history: what was done, by whom, and the facts as they stood then.</summary>
public sealed class WelfareHouseholdHistory
{
    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public HouseholdAction Action { get; private set; }

    public DateOnly On { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public DifficultyType DifficultyType { get; private set; }

    public int MembersCount { get; private set; }

    public decimal IncomePerCapita { get; private set; }

    public ExitReason? ExitReason { get; private set; }

    public string? Note { get; private set; }

    private WelfareHouseholdHistory()
    {
    }

    public static WelfareHouseholdHistory Of(WelfareHousehold household, HouseholdAction action, string by, string? note, DateOnly on, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        HouseholdId = household.Id,
        Action = action,
        On = on,
        At = now,
        By = by,
        DifficultyType = household.DifficultyType,
        MembersCount = household.MembersCount,
        IncomePerCapita = household.IncomePerCapita,
        ExitReason = household.ExitReason,
        Note = note,
    };
}
