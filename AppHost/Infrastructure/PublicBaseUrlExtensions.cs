namespace Qingmeng.AppHost.Infrastructure;

public static class PublicBaseUrlExtensions
{
    /// <summary>
    /// The gateway's public address as the base of every absolute URL a service prints in a public document (Open311
    /// discovery, JSON-LD): ServiceDefaults' <c>Platform:PublicBaseUrl</c>. Deployed it is the <c>public-base-url</c> setting.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPublicBaseUrl(this IResourceBuilder<ProjectResource> project, ReferenceExpression publicBaseUrl) =>
        project.WithEnvironment("Platform__PublicBaseUrl", publicBaseUrl);
}
