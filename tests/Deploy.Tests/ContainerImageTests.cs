using System.Text.Json;
using Qingmeng.Deploy.Generator;

namespace Deploy.Tests;

/// <summary>
/// The image each project publishes (dotnet publish /t:PublishContainer) is the one the manifests run.
/// No registry or container engine is needed: MSBuild evaluates the container settings offline.
/// </summary>
public sealed class ContainerImageTests
{
    public static TheoryData<string, string> Projects()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(DeployTools.Root, "aspire-manifest.json")));
        var data = new TheoryData<string, string>();
        foreach (var resource in manifest.RootElement.GetProperty("resources").EnumerateObject()
                     .Where(r => r.Value.GetProperty("type").GetString() == "project.v0"))
        {
            data.Add(resource.Name, resource.Value.GetProperty("path").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public async Task Each_project_publishes_an_image_named_after_its_app_model_resource(string resource, string projectPath)
    {
        var properties = await EvaluateAsync(projectPath, "ComputeContainerBaseImage",
            "EnableSdkContainerSupport", "ContainerRepository", "ContainerImageTag", "ContainerBaseImage");

        Assert.Equal("true", properties["EnableSdkContainerSupport"]);
        Assert.Equal($"{ManifestGenerator.ImageRepositoryPrefix}{resource}", properties["ContainerRepository"]);
        Assert.Equal(ManifestGenerator.ImageTag, properties["ContainerImageTag"]);
        // ICU and time zones: Chinese collation and China Standard Time work in the container.
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", properties["ContainerBaseImage"]);
    }

    [Fact]
    public async Task Libraries_and_tests_are_not_containerised()
    {
        foreach (var project in new[] { "ServiceDefaults/Qingmeng.ServiceDefaults.csproj", "AppHost/Qingmeng.AppHost.csproj", "tests/Deploy.Tests/Deploy.Tests.csproj" })
        {
            var properties = await EvaluateAsync(project, null, "EnableSdkContainerSupport", "ContainerRepository");
            Assert.NotEqual("true", properties["EnableSdkContainerSupport"]);
            Assert.Equal("", properties["ContainerRepository"]);
        }
    }

    [Fact]
    public async Task A_release_tag_given_at_publish_time_replaces_the_default()
    {
        var properties = await EvaluateAsync("gateway/Qingmeng.Gateway.csproj", null, "ContainerImageTag", "-p:ContainerImageTag=2026.11.28-rc1");

        Assert.Equal("2026.11.28-rc1", properties["ContainerImageTag"]);
    }

    private static async Task<Dictionary<string, string>> EvaluateAsync(string projectPath, string? target, params string[] names)
    {
        // No lingering MSBuild worker processes after the test.
        var arguments = new List<string> { "msbuild", Path.Combine(DeployTools.Root, projectPath), "-nologo", "-nodeReuse:false" };
        if (target is not null)
        {
            arguments.Add($"-target:{target}");
        }
        arguments.AddRange(names.Select(n => n.StartsWith('-') ? n : $"-getProperty:{n}"));
        var result = await DeployTools.RunAsync("dotnet", arguments);
        Assert.True(result.ExitCode == 0, $"dotnet msbuild {projectPath}: {result.Output}{result.Error}");
        var properties = names.Where(n => !n.StartsWith('-')).ToList();
        if (properties.Count == 1)
        {
            return new() { [properties[0]] = result.Output.Trim() };
        }
        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }
}
