using Qingmeng.PolicyMatch.Apis;
using Qingmeng.PolicyMatch.Extensions;
using Qingmeng.PolicyMatch.Infrastructure;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<PolicyMatchContext>("/api/policy");
app.MapPoliciesApi();
app.MapProfilesApi();
app.MapMatchesApi();
app.MapClaimsApi();
app.MapLedgerApi();
app.MapSignalsApi();
app.MapConsultApi();
app.MapGuidanceApi();

app.Run();
