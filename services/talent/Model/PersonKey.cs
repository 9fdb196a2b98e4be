using System.Security.Cryptography;
using System.Text;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Talent.Model;

/// <summary>
/// How the service recognises the same person across referrals, hires, certifications and housing without
/// storing a resident ID in clear: a SHA-256 digest of the normalised number, plus the usual masked form for display.
/// </summary>
/// <remarks>
/// The key is talent's own (its prefix differs from the platform's <c>ResidentIdDigest</c> in a citizen's token), so
/// records keyed here cannot be joined with another service's. A citizen's token digest is not mapped to a key by
/// lookup: a citizen still states their number, the number is accepted only if its platform digest equals the
/// token's (<c>TalentAccess.RefuseUnlessOwnResidentId</c>), and the key is then computed from it. Officers
/// and firms, who register other people (certification requests, hires), give the number in clear as before.
/// </remarks>
public static class PersonKey
{
    public static string Of(string normalisedResidentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("qingmeng-talent:" + normalisedResidentId)));

    public static string Masked(string normalisedResidentId) => ResidentIdNumber.Mask(normalisedResidentId);
}
