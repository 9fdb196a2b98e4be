using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record RejectAssistanceRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record PayAssistanceRequest(
    [property: Required, Range(typeof(decimal), "0.01", "1000000")] decimal? Amount,
    [property: Required, StringLength(64, MinimumLength = 4)] string Reference);

public sealed record AssistanceQuery(Guid? HouseholdId, AssistanceStatus? Status, AssistanceType? Type);
