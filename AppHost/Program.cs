using Qingmeng.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Infrastructure: local Debian servers in run mode, official containers when publishing (see Infrastructure/).
var postgres = builder.AddPlatformPostgres("postgres");
var approvalDb = postgres.AddDatabase("approvaldb");
var governanceDb = postgres.AddDatabase("governancedb");
var policyDb = postgres.AddDatabase("policydb");
var financeDb = postgres.AddDatabase("financedb");
var talentDb = postgres.AddDatabase("talentdb");
var eventBus = builder.AddPlatformRabbitMQ("eventbus");
var cache = builder.AddPlatformRedis("cache");
var operatorApiKey = builder.AddOperatorApiKey();

// Services: each owns its database and shares the event bus and the cache.
var approvalApi = builder.AddPlatformService<Projects.Qingmeng_Approval_Api>("approval-api", approvalDb, eventBus, cache, operatorApiKey);
var governanceApi = builder.AddPlatformService<Projects.Qingmeng_Governance_Api>("governance-api", governanceDb, eventBus, cache, operatorApiKey);
var policyMatchApi = builder.AddPlatformService<Projects.Qingmeng_PolicyMatch_Api>("policy-match-api", policyDb, eventBus, cache, operatorApiKey);
var financeApi = builder.AddPlatformService<Projects.Qingmeng_Finance_Api>("finance-api", financeDb, eventBus, cache, operatorApiKey);
var talentApi = builder.AddPlatformService<Projects.Qingmeng_Talent_Api>("talent-api", talentDb, eventBus, cache, operatorApiKey);

// Gateway: the single public entry point.
builder.AddProject<Projects.Qingmeng_Gateway>("gateway")
    .WithServices(approvalApi, governanceApi, policyMatchApi, financeApi, talentApi)
    .WithReference(cache).WaitFor(cache)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
