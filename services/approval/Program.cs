using Qingmeng.Approval.Extensions;
using Qingmeng.ServiceDefaults;
using Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.MapDefaultEndpoints();
app.MapErrorQueueApi();

app.Run();
