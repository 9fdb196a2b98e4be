using System.Security.Cryptography;

namespace Qingmeng.Testing;

internal static class TestSecrets
{
    /// <summary>Letters and digits only, so it needs no escaping in URIs or config files.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24);
}
