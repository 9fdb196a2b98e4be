using Qingmeng.Approval.Apis;
using Qingmeng.Approval.Extensions;
using Qingmeng.Approval.Infrastructure;
using Qingmeng.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<ApprovalContext>("/api/approval");
app.MapCatalogueApi();
app.MapProjectsApi();
app.MapTasksApi();
app.MapPortfolioApi();
app.MapLandApi();
app.MapInvestmentAgreementsApi();

app.Run();
