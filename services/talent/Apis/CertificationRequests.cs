using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Messaging;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

namespace Qingmeng.Talent.Apis;

public sealed record SubmitCertificationRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string PersonName,
    [property: Required, ResidentId] string ResidentIdNumber,
    [property: Required] TalentTier? Tier,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Basis);

public sealed record ReviewRequest([property: StringLength(1000)] string? Note);

public sealed record RejectRequest([property: Required, StringLength(1000, MinimumLength = 2)] string Note);
