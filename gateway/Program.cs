using Qingmeng.Gateway.Extensions;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.UseGateway();
app.MapDefaultEndpoints();
app.MapGatewayRoutes();

app.Run();
