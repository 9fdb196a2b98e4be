namespace Qingmeng.Talent.Model;

public enum HouseholdStatus
{
    /// <summary>In the register (在册).</summary>
    Registered,
    /// <summary>Left the register (退出), with a reason.</summary>
    Exited,
}

public enum ExitReason
{
    /// <summary>脱困: the household no longer needs support.</summary>
    OutOfDifficulty,
    /// <summary>迁出: moved out of the zone.</summary>
    MovedAway,
    /// <summary>户主死亡且无共同生活成员.</summary>
    Deceased,
    Other,
}

/// <summary>
/// One household in the rolling register of households in difficulty (困难群众档案), keyed by its head. "Rolling": the
/// entry is reviewed every <c>Talent:WelfareReviewMonths</c> months; it leaves the register with a reason (脱困 …) and
/// may re-enter later, the same record with its history kept. The head's resident ID is held in clear for the welfare
/// officers who handle the case (救助 needs it) and only ever shown to them; everyone else sees the masked form.
/// </summary>
public sealed class WelfareHousehold
{
    public Guid Id { get; private set; }

    public string HeadName { get; private set; } = "";

    public string ResidentIdNumber { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    /// <summary>
    /// The platform digest of the head's resident ID, as the identity service puts it in a verified citizen's token: how
    /// a citizen applying for their own household (<c>/assistance/mine</c>) is matched to it without stating any id.
    /// </summary>
    public string ResidentIdDigest { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public int MembersCount { get; private set; }

    public DifficultyType DifficultyType { get; private set; }

    public string? EmployerCreditCode { get; private set; }

    public string Address { get; private set; } = "";

    /// <summary>Monthly income per household member (yuan).</summary>
    public decimal IncomePerCapita { get; private set; }

    public HouseholdStatus Status { get; private set; }

    /// <summary>The officer who last handled the entry (经办人): review reminders go to them.</summary>
    public string CaseOfficer { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateOnly LastReviewedOn { get; private set; }

    public DateOnly NextReviewDue { get; private set; }

    public DateOnly? ExitedOn { get; private set; }

    public ExitReason? ExitReason { get; private set; }

    /// <summary>How many times the household has entered the register (1 at registration).</summary>
    public int Entries { get; private set; }

    public uint Version { get; private set; }

    private WelfareHousehold()
    {
    }

    public static WelfareHousehold Register(
        string headName, string residentId, string personKey, string residentIdMasked, string phone, int members, DifficultyType type,
        string? employerCreditCode, string address, decimal incomePerCapita, string officer, DateOnly today, int reviewMonths, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            HeadName = headName,
            ResidentIdNumber = residentId,
            PersonKey = personKey,
            ResidentIdDigest = ServiceDefaults.Validation.ResidentIdDigest.Of(residentId),
            ResidentIdMasked = residentIdMasked,
            Phone = phone,
            MembersCount = members,
            DifficultyType = type,
            EmployerCreditCode = employerCreditCode,
            Address = address,
            IncomePerCapita = incomePerCapita,
            Status = HouseholdStatus.Registered,
            CaseOfficer = officer,
            RegisteredAt = now,
            LastReviewedOn = today,
            NextReviewDue = today.AddMonths(reviewMonths),
            Entries = 1,
        };

    public bool IsReviewOverdue(DateOnly today) => Status == HouseholdStatus.Registered && NextReviewDue < today;

    /// <summary>A periodic review (动态复核): the facts as found today; the next review falls due <paramref name="reviewMonths"/> later.</summary>
    public bool Review(int members, DifficultyType type, decimal incomePerCapita, string officer, DateOnly today, int reviewMonths)
    {
        if (Status != HouseholdStatus.Registered)
        {
            return false;
        }
        MembersCount = members;
        DifficultyType = type;
        IncomePerCapita = incomePerCapita;
        CaseOfficer = officer;
        LastReviewedOn = today;
        NextReviewDue = today.AddMonths(reviewMonths);
        return true;
    }

    public bool Exit(ExitReason reason, string officer, DateOnly today)
    {
        if (Status != HouseholdStatus.Registered)
        {
            return false;
        }
        Status = HouseholdStatus.Exited;
        ExitReason = reason;
        ExitedOn = today;
        CaseOfficer = officer;
        return true;
    }

    public bool ReEnter(int members, DifficultyType type, decimal incomePerCapita, string address, string phone, string officer, DateOnly today, int reviewMonths)
    {
        if (Status != HouseholdStatus.Exited)
        {
            return false;
        }
        Status = HouseholdStatus.Registered;
        ExitReason = null;
        ExitedOn = null;
        MembersCount = members;
        DifficultyType = type;
        IncomePerCapita = incomePerCapita;
        Address = address;
        Phone = phone;
        CaseOfficer = officer;
        LastReviewedOn = today;
        NextReviewDue = today.AddMonths(reviewMonths);
        Entries++;
        return true;
    }
}
