using Qingmeng.Identity.Apis;
using Qingmeng.Identity.Extensions;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapConnectApi();
app.MapLoginPage();
app.MapProfileApi();

app.Run();
