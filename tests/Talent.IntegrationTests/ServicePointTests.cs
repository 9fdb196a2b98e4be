using System.Net;
using System.Net.Http.Json;
using Talent.IntegrationTests.Infrastructure;

namespace Talent.IntegrationTests;

[Collection(TalentServersCollection.Name)]
public sealed class ServicePointTests(PlatformServersFixture servers)
{
    [Fact]
    public async Task The_nearest_points_to_the_management_committee_start_with_the_zone_employment_centre()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var anonymous = talent.Anonymous();

        var result = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/service-points/nearest?latitude=24.8710&longitude=118.5770&count=3"), HttpStatusCode.OK);

        var points = result.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal("QM-ST-01", points[0].GetProperty("point").GetProperty("code").GetString());
        Assert.True(points[0].GetProperty("withinCircle").GetBoolean());
        var distances = points.Select(p => p.GetProperty("distanceMetres").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task Nearest_labour_cooperation_station_to_Bijie_is_the_Bijie_station()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var anonymous = talent.Anonymous();

        var result = await TalentHost.JsonAsync(
            await anonymous.GetAsync("/api/talent/service-points/nearest?latitude=27.30&longitude=105.29&count=1&kind=LabourCooperationStation"), HttpStatusCode.OK);

        Assert.Equal("LC-GZ-BJ", result.GetProperty("points")[0].GetProperty("point").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("latitude=91&longitude=118.5", "latitude")]
    [InlineData("latitude=24.8&longitude=-181", "longitude")]
    [InlineData("longitude=118.5", "latitude")]
    public async Task Coordinates_out_of_range_or_missing_are_a_400_naming_the_field(string query, string field)
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var anonymous = talent.Anonymous();

        var problem = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/service-points/nearest?" + query), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Coverage_names_uncovered_areas_and_a_new_point_there_covers_them()
    {
        await using var talent = await TalentHost.StartAsync(servers);
        using var anonymous = talent.Anonymous();
        var before = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/service-points/coverage"), HttpStatusCode.OK);
        var areas = before.GetProperty("coverage").GetProperty("areas").EnumerateArray().ToList();
        var uncovered = areas.First(a => !a.GetProperty("covered").GetBoolean());
        Assert.Equal(4.8, before.GetProperty("walkingSpeedKmh").GetDouble());
        Assert.True(uncovered.GetProperty("walkingMinutes").GetDouble() > 10);

        // The officers open a point in the uncovered area (the area's representative point is in the zone map).
        var name = uncovered.GetProperty("name").GetString()!;
        var centre = Qingmeng.Talent.Model.ZoneMap.Areas.Single(a => a.Name == name).Centre;
        using var officer = talent.Client(TestCaller.PolicyOfficer);
        await TalentHost.IdOfAsync(await officer.PostAsJsonAsync("/api/talent/service-points", new
        {
            code = "QM-CP-09", name = name + "就业服务点", kind = "CommunityPoint", province = "福建省", city = "泉州市",
            address = name + "党群服务中心", latitude = centre.Latitude, longitude = centre.Longitude,
        }), HttpStatusCode.Created);

        var after = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/service-points/coverage"), HttpStatusCode.OK);
        Assert.True(after.GetProperty("coverage").GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("name").GetString() == name).GetProperty("covered").GetBoolean());
        Assert.True(after.GetProperty("coverage").GetProperty("coveredShare").GetDouble() > before.GetProperty("coverage").GetProperty("coveredShare").GetDouble());

        // A slower stated walking speed covers less.
        var slow = await TalentHost.JsonAsync(await anonymous.GetAsync("/api/talent/service-points/coverage?walkingSpeedKmh=3"), HttpStatusCode.OK);
        Assert.True(slow.GetProperty("coverage").GetProperty("coveredShare").GetDouble() < after.GetProperty("coverage").GetProperty("coveredShare").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/api/talent/service-points/coverage?walkingSpeedKmh=0")).StatusCode);
    }
}
