namespace Qingmeng.Contracts;

/// <summary>A firm confirmed a hire (possibly through a recruiting ambassador).</summary>
[PartitionKey(nameof(HireConfirmed.EmployerCreditCode))]
public sealed record HireConfirmed(
    Guid HireId,
    string EmployerCreditCode,
    Guid JobPostingId,
    Guid? AmbassadorId,
    DateOnly HiredOn) : IntegrationEvent;
