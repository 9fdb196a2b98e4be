namespace Qingmeng.ServiceDefaults;

/// <summary>FNV-1a over a string: the same 64-bit key in every process and run (string.GetHashCode is randomised), e.g. for advisory locks.</summary>
public static class StableHash
{
    public static long Of(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return unchecked((long)hash);
    }
}
