using System.Net;
using System.Net.Sockets;

namespace Qingmeng.Infrastructure.LocalServers;

internal static class FreeTcpPort
{
    /// <summary>
    /// A loopback port that is free right now. The servers bind it themselves moments later;
    /// they cannot take port 0 because their clients must be told the port up front.
    /// </summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
