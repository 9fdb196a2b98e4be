using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.Talent.Model;

public enum UnitStatus
{
    Vacant,
    Occupied,
}

/// <summary>A talent apartment (人才公寓) unit; <see cref="MinTier"/> is the lowest tier it may be let to.</summary>
public sealed class ApartmentUnit
{
    public Guid Id { get; private set; }

    public string Building { get; private set; } = "";

    public string UnitNumber { get; private set; } = "";

    public int Bedrooms { get; private set; }

    public decimal AreaSquareMetres { get; private set; }

    public decimal MonthlyRent { get; private set; }

    public TalentTier MinTier { get; private set; }

    public UnitStatus Status { get; private set; }

    public uint Version { get; private set; }

    private ApartmentUnit()
    {
    }

    public string Label => $"{Building}{UnitNumber}";

    public static ApartmentUnit Create(string building, string unitNumber, int bedrooms, decimal area, decimal monthlyRent, TalentTier minTier, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Building = building,
        UnitNumber = unitNumber,
        Bedrooms = bedrooms,
        AreaSquareMetres = area,
        MonthlyRent = monthlyRent,
        MinTier = minTier,
        Status = UnitStatus.Vacant,
    };

    public bool Occupy()
    {
        if (Status != UnitStatus.Vacant)
        {
            return false;
        }
        Status = UnitStatus.Occupied;
        return true;
    }

    public void Vacate() => Status = UnitStatus.Vacant;
}

public enum HousingApplicationStatus
{
    Waiting,
    Allocated,
    Withdrawn,
}

/// <summary>A place on the talent-apartment waitlist; the tier is taken from the applicant's certification when they apply.</summary>
public sealed class HousingApplication
{
    public Guid Id { get; private set; }

    public string ApplicantSubject { get; private set; } = "";

    public string ApplicantName { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string PersonKey { get; private set; } = "";

    public string ResidentIdMasked { get; private set; } = "";

    public Guid CertificationId { get; private set; }

    public TalentTier Tier { get; private set; }

    public string EmployerCreditCode { get; private set; } = "";

    public HousingApplicationStatus Status { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    public Guid? LeaseId { get; private set; }

    public uint Version { get; private set; }

    private HousingApplication()
    {
    }

    public static HousingApplication Apply(
        string subject, string name, string phone, string personKey, string residentIdMasked, TalentCertification certification, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            ApplicantSubject = subject,
            ApplicantName = name,
            Phone = phone,
            PersonKey = personKey,
            ResidentIdMasked = residentIdMasked,
            CertificationId = certification.Id,
            Tier = certification.Tier,
            EmployerCreditCode = certification.CreditCode,
            Status = HousingApplicationStatus.Waiting,
            AppliedAt = now,
        };

    public void Allocate(Guid leaseId)
    {
        Status = HousingApplicationStatus.Allocated;
        LeaseId = leaseId;
    }

    public bool Withdraw()
    {
        if (Status != HousingApplicationStatus.Waiting)
        {
            return false;
        }
        Status = HousingApplicationStatus.Withdrawn;
        return true;
    }
}

public enum LeaseStatus
{
    Active,
    Ended,
}

/// <summary>A lease of one unit to one waitlisted talent; at most one active lease per unit (unique index).</summary>
public sealed class Lease
{
    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public string TenantSubject { get; private set; } = "";

    public string TenantName { get; private set; } = "";

    public string TenantPhone { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public LeaseStatus Status { get; private set; }

    public string AllocatedBy { get; private set; } = "";

    public DateTimeOffset AllocatedAt { get; private set; }

    /// <summary>When the expiry reminder went out; set once so the reminder is never sent twice.</summary>
    public DateTimeOffset? ExpiryReminderSentAt { get; private set; }

    private Lease()
    {
    }

    public static Lease Start(ApartmentUnit unit, HousingApplication application, DateOnly startsOn, int years, string allocatedBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UnitId = unit.Id,
        ApplicationId = application.Id,
        TenantSubject = application.ApplicantSubject,
        TenantName = application.ApplicantName,
        TenantPhone = application.Phone,
        StartsOn = startsOn,
        EndsOn = startsOn.AddYears(years).AddDays(-1),
        Status = LeaseStatus.Active,
        AllocatedBy = allocatedBy,
        AllocatedAt = now,
    };

    public bool ReminderDue(DateOnly today, int daysBefore) =>
        Status == LeaseStatus.Active && ExpiryReminderSentAt is null && EndsOn.AddDays(-daysBefore) <= today;

    public void MarkReminderSent(DateTimeOffset now) => ExpiryReminderSentAt = now;
}

/// <summary>Waitlist order: higher tier first (A before E), then earlier application, then id for a stable order.</summary>
public static class Waitlist
{
    public static IOrderedEnumerable<HousingApplication> Order(IEnumerable<HousingApplication> applications) =>
        applications.Where(a => a.Status == HousingApplicationStatus.Waiting)
            .OrderBy(a => a.Tier).ThenBy(a => a.AppliedAt).ThenBy(a => a.Id);

    public static IQueryable<HousingApplication> Order(IQueryable<HousingApplication> applications) =>
        applications.Where(a => a.Status == HousingApplicationStatus.Waiting)
            .OrderBy(a => a.Tier).ThenBy(a => a.AppliedAt).ThenBy(a => a.Id);

    /// <summary>The first waiting applicant whose tier the unit accepts, or null.</summary>
    public static HousingApplication? NextFor(ApartmentUnit unit, IEnumerable<HousingApplication> applications) =>
        Order(applications).FirstOrDefault(a => TalentTiers.MeetsOrExceeds(a.Tier, unit.MinTier));
}

/// <summary>
/// Who may join the talent-apartment waitlist, as a rule in the platform's one eligibility shape: a current
/// certification, a tier at least as high as the lowest eligible one (A = 1 … E = 5), and no lease or waiting
/// application already.
/// </summary>
public static class ApartmentEligibility
{
    public const string CertificationCurrent = "certification.current";
    public const string TierRank = "certification.tierRank";
    public const string AlreadyHoused = "housing.leaseOrWaiting";

    public static readonly FieldCatalog Catalog = new(new Dictionary<string, FieldDefinition>
    {
        [CertificationCurrent] = new("有效的人才认定"),
        [TierRank] = new("人才层次（A=1 … E=5）", "级"),
        [AlreadyHoused] = new("已有人才公寓租约或轮候申请"),
    });

    public static Condition Rule(TalentTier lowestEligibleTier) => new AllOf(
    [
        Comparison.Of(CertificationCurrent, ComparisonOperator.Equal, true),
        Comparison.Of(TierRank, ComparisonOperator.LessThanOrEqual, (int)lowestEligibleTier),
        Comparison.Of(AlreadyHoused, ComparisonOperator.Equal, false),
    ]);

    public static EligibilityResult Evaluate(TalentCertification? certification, DateOnly today, TalentTier lowestEligibleTier, bool alreadyHoused)
    {
        var current = certification is not null && certification.IsCurrentOn(today);
        var facts = new Facts()
            .Set(CertificationCurrent, current)
            .Set(AlreadyHoused, alreadyHoused);
        if (current)
        {
            facts.Set(TierRank, (int)certification!.Tier);
        }
        return EligibilityEvaluator.Evaluate(Rule(lowestEligibleTier), facts, Catalog);
    }
}
