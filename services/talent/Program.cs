using Qingmeng.ServiceDefaults;
using Qingmeng.Talent.Extensions;
using Qingmeng.Talent.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UsePlatformService<TalentContext>("/api/talent");

app.Run();
