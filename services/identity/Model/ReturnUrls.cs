namespace Qingmeng.Identity.Model;

/// <summary>
/// Where the login form may send the browser afterwards: a path of this site, by the rules of ASP.NET Core's
/// <c>IUrlHelper.IsLocalUrl</c> — "/" or "/path" but not "//host" or "/\host", "~/path" likewise, and no control
/// character anywhere. The rules are applied to the value and to its percent-decoded form too, so "/%09/host" or
/// "/%5Chost" cannot turn into a host name in a browser or a proxy that decodes once more.
/// </summary>
public static class ReturnUrls
{
    public const string Field = "returnUrl";

    public static bool IsLocal(string? url) =>
        IsLocalUrl(url) && IsLocalUrl(Uri.UnescapeDataString(url!));

    /// <summary>The redirect target for a local return URL under <paramref name="pathBase"/>: "~/" means the application's base path.</summary>
    public static string ToRedirect(string pathBase, string localUrl) =>
        localUrl.StartsWith("~/", StringComparison.Ordinal) ? pathBase + localUrl[1..] : localUrl;

    // The same checks as ASP.NET Core's shared IsLocalUrl.
    private static bool IsLocalUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }
        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !HasControlCharacter(url.AsSpan(1)));
        }
        if (url[0] == '~' && url.Length > 1 && url[1] == '/')
        {
            return url.Length == 2 || (url[2] != '/' && url[2] != '\\' && !HasControlCharacter(url.AsSpan(2)));
        }
        return false;
    }

    private static bool HasControlCharacter(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character))
            {
                return true;
            }
        }
        return false;
    }
}
