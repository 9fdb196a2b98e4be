using Qingmeng.Approval.Extensions;
using Qingmeng.Approval.Infrastructure;
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
app.MapAuditApi<ApprovalContext>("/api/approval");

app.Run();
