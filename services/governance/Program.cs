using Qingmeng.Governance.Apis;
using Qingmeng.Governance.Extensions;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapErrorQueueApi();
app.MapCasesApi();
app.MapAuditApi<GovernanceContext>("/api/governance");

app.Run();
