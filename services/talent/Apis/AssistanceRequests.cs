using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record SubmitAssistanceRequest(
    [property: Required] Guid? HouseholdId,
    [property: Required] AssistanceType? Type,
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? RequestedAmount,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason,
    [property: Required, MaxLength(20)] string[] Materials);

/// <summary>A citizen's own application: no household id, the household is the one whose head the token names.</summary>
public sealed record ApplyForOwnHouseholdRequest(
    [property: Required] AssistanceType? Type,
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? RequestedAmount,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Reason,
    [property: Required, MaxLength(20)] string[] Materials);

public sealed record ApproveAssistanceRequest(
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? Amount,
    [property: StringLength(1000)] string? Note);
