using Qingmeng.Finance.Apis;
using Qingmeng.Finance.Extensions;
using Qingmeng.Finance.Infrastructure;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<FinanceContext>("/api/finance");
app.MapCatalogueApi();
app.MapMatchmakingApi();
app.MapReferralsApi();
app.MapWhitelistApi();
app.MapLedgerApi();
app.MapMetricsApi();
app.MapMatchmakingEfficiencyApi();
app.MapSciTechOffersApi();

app.Run();
