using Qingmeng.Governance.Apis;
using Qingmeng.Governance.Extensions;
using Qingmeng.Governance.Infrastructure;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<GovernanceContext>("/api/governance");
app.MapCasesApi();
app.MapCaseWorkflowApi();
app.MapCatalogueApi();
app.MapKpiApi();
app.MapScorecardApi();
app.MapOpen311Api();
app.MapEnforcementApi();
app.MapLabourDisputesApi();
app.MapPenaltiesApi();
app.MapGuidanceApi();
app.MapEngagementApi();
app.MapHazardsApi();
app.MapCreditRepairsApi();
app.MapHolidaySchedulesApi();
app.MapFirmsApi();
app.MapEconomicIndicatorsApi();

app.Run();
