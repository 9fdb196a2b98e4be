using Qingmeng.ServiceDefaults;
using Qingmeng.Talent.Apis;
using Qingmeng.Talent.Extensions;
using Qingmeng.Talent.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<TalentContext>("/api/talent");
app.MapJobsApi();
app.MapJobFairsApi();
app.MapServicePointsApi();
app.MapReferralsApi();
app.MapCertificationsApi();
app.MapApartmentsApi();
app.MapCompetitionApi();
app.MapWelfareRegisterApi();
app.MapAssistanceApi();
app.MapHealthBookingsApi();
app.MapRecruitmentOffersApi();
app.MapRetentionIncentivesApi();
app.MapAmbassadorRankingApi();

app.Run();
