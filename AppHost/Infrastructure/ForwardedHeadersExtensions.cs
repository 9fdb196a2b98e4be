namespace Qingmeng.AppHost.Infrastructure;

public static class ForwardedHeadersExtensions
{
    /// <summary>The pod network of a default kind or minikube cluster; each overlay sets its cluster's own.</summary>
    public const string DefaultPodNetwork = "10.244.0.0/16";

    /// <summary>
    /// Forwarded headers are believed only from known proxies (ServiceDefaults' ForwardedHeaders section), never from any
    /// peer: Aspire's default ASPNETCORE_FORWARDEDHEADERS_ENABLED=true is turned off. Deployed, the known proxies are the
    /// cluster's pod network (the ingress controller in front of the gateway, the gateway in front of the services), from
    /// the parameter <c>trusted-proxy-networks</c>. Locally nothing proxies the gateway, so it believes nobody, and the
    /// services believe loopback (the gateway) by default.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTrustedProxies(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<ParameterResource>? trustedNetworks)
    {
        project.DisableForwardedHeaders();
        if (trustedNetworks is not null)
        {
            project.WithEnvironment("ForwardedHeaders__KnownNetworks", trustedNetworks);
        }
        return project;
    }

    /// <summary>The networks whose forwarded headers deployed services believe; none when running locally.</summary>
    public static IResourceBuilder<ParameterResource>? AddTrustedProxyNetworks(this IDistributedApplicationBuilder builder) =>
        builder.ExecutionContext.IsPublishMode
            ? builder.AddParameter("trusted-proxy-networks", DefaultPodNetwork, publishValueAsDefault: true)
            : null;
}
