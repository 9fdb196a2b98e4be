using System.Text;
using Xunit.Abstractions;
using Qingmeng.Contracts;

namespace Platform.IntegrationTests.EventMap;

/// <summary>
/// Every contract event is consumed somewhere or declared external, and the README's event map is what the code says.
/// Reflection and source only: no servers. Set QINGMENG_UPDATE_EVENT_MAP=1 (eng/update-event-map.sh) to rewrite the section.
/// </summary>
public sealed class EventMapTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_contract_event_has_a_consumer_or_an_external_declaration()
    {
        Assert.NotEmpty(EventMap.ContractEvents);
        var orphans = EventMap.Rows.Where(r => r.ExternalReason is null && r.Consumers.Count == 0).Select(r => r.Event.Name).ToList();

        Assert.True(orphans.Count == 0,
            $"No service consumes {string.Join(", ", orphans)}: add a consumer, or mark the event [{nameof(ExternalConsumersAttribute)[..^9]}(\"who reads it and why\")] in contracts/.");
    }

    [Fact]
    public void Every_external_declaration_gives_a_reason()
    {
        var unexplained = EventMap.Rows.Where(r => r.ExternalReason is { } reason && string.IsNullOrWhiteSpace(reason)).Select(r => r.Event.Name).ToList();

        Assert.Empty(unexplained);
    }

    [Fact]
    public void Every_contract_event_is_published_by_a_service()
    {
        var unpublished = EventMap.Rows.Where(r => r.Producers.Count == 0).Select(r => r.Event.Name).ToList();

        Assert.True(unpublished.Count == 0, $"No service constructs {string.Join(", ", unpublished)}: remove the event or publish it.");
    }

    [Fact]
    public void Every_consumer_is_registered_and_says_what_it_does()
    {
        Assert.NotEmpty(EventMap.Consumers);
        var unregistered = EventMap.Consumers.Where(c => !c.Registered).Select(c => $"{c.Service}/{c.Type.Name}").Distinct().ToList();
        var undocumented = EventMap.Consumers.Where(c => c.Description.Length == 0).Select(c => $"{c.Service}/{c.Type.Name}").Distinct().ToList();

        Assert.True(unregistered.Count == 0, $"Consumers never registered with bus.AddInboxConsumer or bus.AddConsumer: {string.Join(", ", unregistered)}");
        Assert.True(undocumented.Count == 0, $"Consumers without an XML <summary> saying what they do: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Every_service_with_consumers_is_referenced_by_this_test_project()
    {
        var unreferenced = EventMap.Services
            .Where(s => s.Assembly is null && Directory.EnumerateFiles(s.SourceFolder, "*.cs", SearchOption.AllDirectories)
                .Any(f => File.ReadAllText(f) is var source
                    && (source.Contains("AddInboxConsumer<", StringComparison.Ordinal) || source.Contains("AddConsumer<", StringComparison.Ordinal))))
            .Select(s => s.Name).ToList();

        Assert.True(unreferenced.Count == 0, $"Reference {string.Join(", ", unreferenced)} from Platform.IntegrationTests so its consumers appear in the event map.");
    }

    [Fact]
    public void The_README_event_map_is_the_one_generated_from_the_code()
    {
        var fresh = EventMap.Render();
        var readme = File.ReadAllText(EventMap.ReadmePath, Encoding.UTF8);
        if (Environment.GetEnvironmentVariable("QINGMENG_UPDATE_EVENT_MAP") == "1" && EventMap.CurrentSection(readme) is not null)
        {
            readme = EventMap.WithSection(readme, fresh);
            File.WriteAllText(EventMap.ReadmePath, readme, new UTF8Encoding(false));
        }

        var current = EventMap.CurrentSection(readme);
        if (current != fresh)
        {
            output.WriteLine(fresh);
        }
        Assert.True(current == fresh,
            $"README.md's event map is stale or missing; run eng/update-event-map.sh, or paste this between the markers:\n{fresh}");
    }
}
