using System.Globalization;

namespace Qingmeng.Infrastructure.LocalServers;

internal static class RedisServerArguments
{
    /// <summary>Foreground, loopback only, data (dump.rdb) in <paramref name="dataDirectory"/>.</summary>
    public static string[] For(int port, string dataDirectory) =>
        ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", dataDirectory, "--daemonize", "no"];
}
