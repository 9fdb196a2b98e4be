using System.Security.Cryptography;
using System.Text;

namespace Qingmeng.ServiceDefaults.Validation;

/// <summary>
/// The platform-wide digest of a resident ID number: SHA-256 (lower-case hex) over a fixed platform prefix and the
/// normalised 18-character number. The identity service puts it in a verified citizen's token
/// (<c>resident_id_digest</c>) so a service can tell whether a number it is given is the caller's own without the
/// clear number ever leaving the identity service. It is the same for every service, so it is a join key, not a
/// secret: never log or publish it beside a name.
/// </summary>
public static class ResidentIdDigest
{
    private const string Prefix = "qingmeng-resident-id:";

    /// <summary>The digest of a resident ID, normalised first (trimmed, upper-case 'X'); validate the number before.</summary>
    public static string Of(string residentIdNumber)
    {
        ArgumentNullException.ThrowIfNull(residentIdNumber);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Prefix + IdentifierText.Normalize(residentIdNumber))));
    }

    /// <summary>Whether <paramref name="residentIdNumber"/> is the person whose digest is <paramref name="digest"/> (false when either is missing).</summary>
    public static bool Matches(string? residentIdNumber, string? digest) =>
        !string.IsNullOrEmpty(residentIdNumber) && !string.IsNullOrEmpty(digest)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(residentIdNumber)), Encoding.ASCII.GetBytes(digest.Trim().ToLowerInvariant()));
}
