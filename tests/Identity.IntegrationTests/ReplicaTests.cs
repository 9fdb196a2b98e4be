using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Identity.IntegrationTests.Infrastructure;
using Npgsql;

namespace Identity.IntegrationTests;

[Collection(IdentityServerCollection.Name)]
public sealed partial class ReplicaTests(IdentityServerFixture servers)
{
    [Fact]
    public async Task A_sign_in_form_served_by_one_replica_is_accepted_by_another()
    {
        var keys = servers.NewKeyDirectory();
        await using var replicaA = await servers.StartHostAsync(settings => settings["Identity:DevelopmentKeyDirectory"] = keys);
        var database = replicaA.Settings["ConnectionStrings:identitydb"];
        await using var replicaB = await servers.StartHostAsync(settings =>
        {
            settings["ConnectionStrings:identitydb"] = database;
            settings["Identity:DevelopmentKeyDirectory"] = keys;
        });
        using var browserA = replicaA.CreateBrowser();
        using var browserB = replicaB.CreateBrowser();

        using var form = await browserA.GetAsync("/connect/login?returnUrl=%2Fconnect%2Fauthorize");
        var html = await form.Content.ReadAsStringAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/connect/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [AntiforgeryField().Match(html).Groups["name"].Value] = AntiforgeryField().Match(html).Groups["value"].Value,
                ["returnUrl"] = HttpUtility.HtmlDecode(ReturnUrlField().Match(html).Groups["value"].Value),
                ["userName"] = "jiejia.staff",
                ["password"] = TokenRequests.DemoPassword,
            }),
        };
        // The load balancer sends the post to the other replica, with the cookie the first one set.
        post.Headers.Add("Cookie", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var login = await browserB.SendAsync(post);

        Assert.True(login.StatusCode == HttpStatusCode.Redirect, $"{(int)login.StatusCode}: {await login.Content.ReadAsStringAsync()}");
        Assert.StartsWith("/connect/authorize", login.Headers.Location!.OriginalString);
        // In one test process both hosts could share a key folder by accident; pods cannot: the ring must be in the database.
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM identity.data_protection_keys", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"returnUrl\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex ReturnUrlField();
}
