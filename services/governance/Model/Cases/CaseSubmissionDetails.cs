namespace Qingmeng.Governance.Model.Cases;

/// <summary>What a GeoReport v2 request carries beyond the common case fields (all optional, already validated).</summary>
public sealed record CaseSubmissionDetails(
    GeoPoint? Location = null,
    string? Email = null,
    string? FirstName = null,
    string? LastName = null,
    string? MediaUrl = null,
    string? AddressId = null,
    string? DeviceId = null,
    string? AccountId = null);

/// <summary>A WGS84 point, kept exactly as given (numeric without rounding).</summary>
public sealed record GeoPoint(decimal Latitude, decimal Longitude);
