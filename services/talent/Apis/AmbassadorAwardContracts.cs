using System.ComponentModel.DataAnnotations;
using Qingmeng.Talent.Model;


namespace Qingmeng.Talent.Apis;

public sealed record AwardAmbassadorRequest(
    [property: Required] Guid? AmbassadorId,
    [property: Required, Range(2000, 2100)] int? Year,
    [property: Required, StringLength(50, MinimumLength = 2)] string Title);

public sealed record AmbassadorAwardView(Guid Id, Guid AmbassadorId, int Year, string Title, int Hires, DateTimeOffset AwardedAt);
