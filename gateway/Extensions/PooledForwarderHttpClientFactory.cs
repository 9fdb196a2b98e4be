using Yarp.ReverseProxy.Forwarder;

namespace Qingmeng.Gateway.Extensions;

/// <summary>
/// The connections to the services: YARP's pooled <see cref="SocketsHttpHandler"/> (no cookies, redirects, decompression
/// or proxy; request and response bodies stream through, never buffered), with connections renewed every few minutes so
/// that a service's new replicas behind one cluster address get their share of a busy gateway's requests.
/// </summary>
internal sealed class PooledForwarderHttpClientFactory : ForwarderHttpClientFactory
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2);
        handler.PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1);
        handler.EnableMultipleHttp2Connections = true;
    }
}
