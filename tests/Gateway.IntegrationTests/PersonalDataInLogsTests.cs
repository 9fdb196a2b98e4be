using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests;

/// <summary>个人信息保护法: after a citizen signs in and files a case with their phone, no process has written it (or their ID) in clear.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PersonalDataInLogsTests(PlatformFixture platform)
{
    private const string CitizenPhone = "13805951234";
    private const string CitizenResidentId = "350503198806122318";

    [Fact]
    public async Task No_resource_logs_a_clear_phone_number_or_resident_id()
    {
        using var citizen = await platform.ClientForAsync("citizen.chen");
        var filed = await citizen.PostAsJsonAsync("/api/governance/cases", new
        {
            channel = "App",
            moduleCode = "COMP-GOV",
            title = "夜间施工噪音扰民",
            description = "小区旁工地夜间施工，影响休息。",
            contactPhone = CitizenPhone,
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var created = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(CitizenPhone, created.GetProperty("contactPhone").GetString());
        var closed = await platform.Gateway.PostAsJsonAsync(
            $"/api/governance/cases/{created.GetProperty("id").GetGuid()}/close", new { resolution = "已责令工地夜间停工。" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var me = await citizen.GetFromJsonAsync<JsonElement>("/api/identity/me");
        Assert.DoesNotContain(CitizenResidentId, me.ToString());

        var lines = await AllProjectLogLinesAsync();

        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, line => line.Contains(CitizenPhone, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(CitizenResidentId, StringComparison.Ordinal));
    }

    private async Task<List<string>> AllProjectLogLinesAsync()
    {
        var model = platform.App.Services.GetRequiredService<DistributedApplicationModel>();
        var logs = platform.App.Services.GetRequiredService<ResourceLoggerService>();
        var lines = new List<string>();
        foreach (var project in model.Resources.OfType<ProjectResource>())
        {
            await foreach (var batch in logs.GetAllAsync(project))
            {
                lines.AddRange(batch.Select(line => line.Content));
            }
        }
        return lines;
    }
}
