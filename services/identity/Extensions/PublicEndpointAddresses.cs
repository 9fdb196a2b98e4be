using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Qingmeng.Identity.Extensions;

/// <summary>
/// With a configured issuer (the gateway's public address), the discovery document names every endpoint under that
/// address rather than under the internal host the request happened to reach, so clients and resource servers
/// outside the cluster can follow it. Without one, OpenIddict's request-derived addresses stand.
/// </summary>
internal sealed class PublicEndpointAddresses : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
            .UseSingletonHandler<PublicEndpointAddresses>()
            .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        if (context.Options.Issuer is { } issuer)
        {
            // Only the first address of each endpoint is published, as OpenIddict itself does.
            context.AuthorizationEndpoint = Under(issuer, context.Options.AuthorizationEndpointUris);
            context.TokenEndpoint = Under(issuer, context.Options.TokenEndpointUris);
            context.UserInfoEndpoint = Under(issuer, context.Options.UserInfoEndpointUris);
            context.EndSessionEndpoint = Under(issuer, context.Options.EndSessionEndpointUris);
            context.JsonWebKeySetEndpoint = Under(issuer, context.Options.JsonWebKeySetEndpointUris);
        }
        return default;
    }

    private static Uri? Under(Uri issuer, IEnumerable<Uri> endpoints)
    {
        if (endpoints.FirstOrDefault() is not { } endpoint)
        {
            return null;
        }
        if (endpoint.IsAbsoluteUri)
        {
            return endpoint;
        }
        var root = issuer.OriginalString.EndsWith('/') ? issuer : new Uri(issuer.OriginalString + "/");
        return new Uri(root, endpoint.OriginalString.TrimStart('/'));
    }
}
