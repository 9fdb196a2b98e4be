using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Auditing;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;
using Qingmeng.Talent.Extensions;
using Qingmeng.Talent.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.MapErrorQueueApi();
app.MapAuditApi<TalentContext>("/api/talent");

app.Run();
