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
