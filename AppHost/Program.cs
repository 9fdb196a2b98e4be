using Qingmeng.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: local Debian servers in run mode, official containers when publishing (see Infrastructure/).
var postgres = builder.AddPlatformPostgres("postgres");
var identityDb = postgres.AddDatabase("identitydb");
var approvalDb = postgres.AddDatabase("approvaldb");
var governanceDb = postgres.AddDatabase("governancedb");
var policyDb = postgres.AddDatabase("policydb");
var financeDb = postgres.AddDatabase("financedb");
var talentDb = postgres.AddDatabase("talentdb");
var eventBus = builder.AddPlatformRabbitMQ("eventbus");
var cache = builder.AddPlatformRedis("cache");
var operatorApiKey = builder.AddOperatorApiKey();
var trustedProxies = builder.AddTrustedProxyNetworks();

// The gateway's public address is the token issuer, so it is declared before the services that check it.
var gateway = builder.AddProject<Projects.Qingmeng_Gateway>("gateway").WithExternalHttpEndpoints().WithTrustedProxies(trustedProxies);
var issuer = gateway.PublicIssuer();
var publicBaseUrl = issuer; // the same public address: the base of every link a service prints in a public document
var identityApi = builder.AddIdentityService(identityDb, issuer).WithTrustedProxies(trustedProxies);

// Services: each owns its database, shares the event bus, and accepts the identity service's tokens. Only the gateway
// (rate limits) and the portal (data-protection keys) use the cache.
var approvalApi = builder.AddPlatformService<Projects.Qingmeng_Approval_Api>("approval-api", approvalDb, eventBus, operatorApiKey)
    .WithTrustedProxies(trustedProxies)
    .WithPlatformIdentity(identityApi, issuer)
    .WithPublicBaseUrl(publicBaseUrl);
var governanceApi = builder.AddPlatformService<Projects.Qingmeng_Governance_Api>("governance-api", governanceDb, eventBus, operatorApiKey)
    .WithTrustedProxies(trustedProxies)
    .WithPlatformIdentity(identityApi, issuer)
    .WithPublicBaseUrl(publicBaseUrl);
// The consultant answers "my cases" from governance, with the asker's own token.
var policyMatchApi = builder.AddPlatformService<Projects.Qingmeng_PolicyMatch_Api>("policy-match-api", policyDb, eventBus, operatorApiKey)
    .WithTrustedProxies(trustedProxies)
    .WithPlatformIdentity(identityApi, issuer)
    .WithPublicBaseUrl(publicBaseUrl)
    .WithReference(governanceApi);
var financeApi = builder.AddPlatformService<Projects.Qingmeng_Finance_Api>("finance-api", financeDb, eventBus, operatorApiKey)
    .WithTrustedProxies(trustedProxies)
    .WithPlatformIdentity(identityApi, issuer)
    .WithPublicBaseUrl(publicBaseUrl);
var talentApi = builder.AddPlatformService<Projects.Qingmeng_Talent_Api>("talent-api", talentDb, eventBus, operatorApiKey)
    .WithTrustedProxies(trustedProxies)
    .WithPlatformIdentity(identityApi, issuer)
    .WithPublicBaseUrl(publicBaseUrl);

// Web portal (清濛): served through the gateway at "/", signs users in with the identity service (authorization code +
// PKCE) and calls the platform only through the gateway, with the user's token.
var portal = builder.AddProject<Projects.Qingmeng_Portal>("portal")
    .WithTrustedProxies(trustedProxies)
    .WithPlatformIdentity(identityApi, issuer)
    .WaitFor(identityApi)
    .WithReference(cache).WaitFor(cache)
    .WithReference(gateway)
    .WithHttpHealthCheck("/health");

// Gateway: the single public entry point. It routes to the portal without waiting for it (the portal calls the gateway).
gateway
    .WithServices(approvalApi, governanceApi, policyMatchApi, financeApi, talentApi)
    .WithReference(portal)
    .WithPlatformIdentity(identityApi, issuer)
    .WithReference(cache).WaitFor(cache)
    .WithHttpHealthCheck("/health");

try
{
    builder.Build().Run();
}
catch (OperationCanceledException) when (Environment.ExitCode == ServerStartupWatcher.ExitCode)
{
    // A server could not start, which stopped the start-up itself; the watcher has already said why.
}
