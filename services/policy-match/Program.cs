using Qingmeng.PolicyMatch.Apis;
using Qingmeng.PolicyMatch.Extensions;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<PolicyMatchContext>("/api/policy");
app.MapSignalsApi();
app.MapConsultApi();

app.Run();
