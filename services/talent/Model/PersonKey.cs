using System.Security.Cryptography;
using System.Text;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.Talent.Model;

/// <summary>
/// How the service recognises the same person across referrals, hires, certifications and housing without
/// storing a resident ID in clear: a SHA-256 digest of the normalised number, plus the usual masked form for display.
/// </summary>
public static class PersonKey
{
    public static string Of(string normalisedResidentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("qingmeng-talent:" + normalisedResidentId)));

    public static string Masked(string normalisedResidentId) => ResidentIdNumber.Mask(normalisedResidentId);
}
