using Qingmeng.Portal.Apis;
using Qingmeng.Portal.Components;
using Qingmeng.Portal.Extensions;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPortal();
builder.Services.AddRazorComponents();

var app = builder.Build();

app.UsePlatformProblemDetails();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapCaseActionsApi();
app.MapPolicyActionsApi();
app.MapAssistanceActionsApi();
app.MapRazorComponents<App>();

app.Run();
