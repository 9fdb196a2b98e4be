using Qingmeng.Finance.Extensions;
using Qingmeng.Finance.Infrastructure;
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
app.MapAuditApi<FinanceContext>("/api/finance");

app.Run();
