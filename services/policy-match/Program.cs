using Qingmeng.PolicyMatch.Apis;
using Qingmeng.PolicyMatch.Extensions;
using Qingmeng.PolicyMatch.Infrastructure;
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
app.MapAuditApi<PolicyMatchContext>("/api/policy");
app.MapSignalsApi();

app.Run();
