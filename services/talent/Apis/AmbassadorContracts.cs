using System.ComponentModel.DataAnnotations;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Validation;
using Qingmeng.Talent.Model;

using Qingmeng.Talent.Application;

namespace Qingmeng.Talent.Apis;

public sealed record RegisterAmbassadorRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string Name,
    [property: Required, MobileNumber] string Phone,
    [property: Required, StringLength(100, MinimumLength = 2)] string Region);

public sealed record AmbassadorView(Guid Id, string Name, string Phone, string Region, DateTimeOffset RegisteredAt)
{
    public static AmbassadorView From(Ambassador a, PlatformUser viewer)
    {
        var clear = a.Subject == viewer.Subject || viewer.IsOfficer();
        return new(a.Id, clear ? a.Name : TalentAccess.MaskName(a.Name), clear ? a.Phone : MobileNumber.Mask(a.Phone), a.Region, a.RegisteredAt);
    }
}
