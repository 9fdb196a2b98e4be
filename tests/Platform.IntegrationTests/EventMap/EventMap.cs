using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using MassTransit;
using Qingmeng.Contracts;

namespace Platform.IntegrationTests.EventMap;

/// <summary>
/// Who publishes each contract event and who consumes it, read from the code: events and consumers by reflection over
/// the contracts and the services' assemblies; producers from the services' source (where the event is constructed);
/// what a consumer does from the XML summary on its class (or, when it has none, on its base class).
/// </summary>
public static partial class EventMap
{
    public const string StartMarker = "<!-- event-map:start -->";
    public const string EndMarker = "<!-- event-map:end -->";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ReadmePath => Path.Combine(RepositoryRoot, "README.md");

    public sealed record Service(string Name, string SourceFolder, Assembly? Assembly);

    public sealed record Consumer(string Service, Type Type, Type Event, string Description, bool Registered);

    public sealed record Row(Type Event, IReadOnlyList<string> Producers, IReadOnlyList<Consumer> Consumers, string? ExternalReason);

    /// <summary>Every service under services/, with its assembly when this test project references it.</summary>
    public static IReadOnlyList<Service> Services { get; } = LoadServices();

    public static IReadOnlyList<Type> ContractEvents { get; } =
        [.. typeof(IntegrationEvent).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(IntegrationEvent)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    public static IReadOnlyList<Consumer> Consumers { get; } = FindConsumers();

    public static IReadOnlyList<Row> Rows { get; } =
        [.. ContractEvents
            .Select(e => new Row(
                e,
                ProducersOf(e),
                [.. Consumers.Where(c => c.Event == e)],
                e.GetCustomAttribute<ExternalConsumersAttribute>()?.Reason))
            .OrderBy(r => string.Join(",", r.Producers), StringComparer.Ordinal)
            .ThenBy(r => r.Event.Name, StringComparer.Ordinal)];

    /// <summary>The README section between the markers, markers included.</summary>
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append(StartMarker).Append('\n');
        text.Append("<!-- Generated from the code by tests/Platform.IntegrationTests/EventMap; regenerate with eng/update-event-map.sh. -->\n");
        text.Append("| Producer | Event | Consumer | What the consumer does |\n");
        text.Append("| --- | --- | --- | --- |\n");
        foreach (var row in Rows)
        {
            var producer = row.Producers.Count == 0 ? "—" : string.Join(", ", row.Producers);
            if (row.ExternalReason is { } reason)
            {
                text.Append($"| {producer} | `{row.Event.Name}` | external | {Cell(reason)} |\n");
            }
            foreach (var consumer in row.Consumers)
            {
                text.Append($"| {producer} | `{row.Event.Name}` | {consumer.Service} `{consumer.Type.Name}` | {Cell(consumer.Description)} |\n");
            }
            if (row.ExternalReason is null && row.Consumers.Count == 0)
            {
                text.Append($"| {producer} | `{row.Event.Name}` | **none** | |\n");
            }
        }
        text.Append(EndMarker);
        return text.ToString();
    }

    /// <summary>The section as it stands in the README, or null when the markers are missing.</summary>
    public static string? CurrentSection(string readme)
    {
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        return start < 0 || end < start ? null : readme[start..(end + EndMarker.Length)].ReplaceLineEndings("\n");
    }

    /// <summary>The README with its section replaced by <paramref name="section"/>.</summary>
    public static string WithSection(string readme, string section)
    {
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"README.md has no {StartMarker} … {EndMarker} section.");
        }
        return readme[..start] + section + readme[(end + EndMarker.Length)..];
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static IReadOnlyList<string> ProducersOf(Type integrationEvent)
    {
        // `new CaseFiled(…)`, or a member declared to return the event built with a target-typed `new(…)`.
        var construction = new Regex(
            @"\bnew\s+" + integrationEvent.Name + @"\s*\(|\b" + integrationEvent.Name + @"\??\s+\w+\([^;{]*?\)\s*=>\s*new\s*\(",
            RegexOptions.CultureInvariant);
        return [.. Services.Where(s => SourceFiles(s).Any(file => construction.IsMatch(File.ReadAllText(file)))).Select(s => s.Name)];
    }

    private static IReadOnlyList<Consumer> FindConsumers()
    {
        var events = ContractEvents.ToHashSet();
        var consumers = new List<Consumer>();
        foreach (var service in Services.Where(s => s.Assembly is not null))
        {
            var sources = SourceFiles(service).Select(File.ReadAllText).ToList();
            foreach (var type in LoadableTypes(service.Assembly!).Where(t => t.IsClass && !t.IsAbstract))
            {
                var consumed = type.GetInterfaces()
                    .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
                    .Select(i => i.GetGenericArguments()[0])
                    .Where(events.Contains);
                // Inbox consumers are registered with AddInboxConsumer, any other with AddConsumer.
                var registered = sources.Any(s => new[] { "AddInboxConsumer", "AddConsumer" }.Any(method =>
                    s.Contains($"{method}<{type.Name},", StringComparison.Ordinal) || s.Contains($"{method}<{type.Name}>", StringComparison.Ordinal)));
                consumers.AddRange(consumed.Select(e => new Consumer(service.Name, type, e, DescriptionOf(type, sources), registered)));
            }
        }
        return [.. consumers.OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Type.Name, StringComparer.Ordinal)];
    }

    /// <summary>The XML summary above the class (or its nearest base class that has one), as plain text; empty when none.</summary>
    private static string DescriptionOf(Type type, IReadOnlyList<string> sources)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            var name = current.IsGenericType ? current.Name[..current.Name.IndexOf('`', StringComparison.Ordinal)] : current.Name;
            var declaration = new Regex(@"((?:[ \t]*///[^\n]*\n)+)(?:[ \t]*\[[^\n]*\]\s*\n)*[ \t]*(?:public|internal)[\w ]*\bclass\s+" + name + @"\b");
            foreach (var source in sources)
            {
                if (declaration.Match(source.ReplaceLineEndings("\n")) is { Success: true } found)
                {
                    return FirstSentence(PlainText(found.Groups[1].Value));
                }
            }
        }
        return "";
    }

    /// <summary>The map keeps to the gist: the summary up to its first full stop.</summary>
    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。']);
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        var cut = new[] { end < 0 ? -1 : end + 1, stop < 0 ? -1 : stop + 1 }.Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        return text[..cut].Trim();
    }

    private static string PlainText(string docComment)
    {
        var text = string.Join(" ", docComment.Split('\n').Select(line => line.Trim().TrimStart('/').Trim()));
        text = SummaryTags().Replace(text, "");
        text = CrefOrName().Replace(text, m => $"`{m.Groups[2].Value}`");
        text = AnyTag().Replace(text, "");
        return Whitespace().Replace(text, " ").Trim();
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    private static IEnumerable<string> SourceFiles(Service service) =>
        Directory.EnumerateFiles(service.SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IgnoredFolder().IsMatch(Path.GetRelativePath(service.SourceFolder, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);

    private static IReadOnlyList<Service> LoadServices()
    {
        var services = new List<Service>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(RepositoryRoot, "services")).Order(StringComparer.Ordinal))
        {
            var project = Directory.GetFiles(folder, "*.csproj").SingleOrDefault();
            if (project is null)
            {
                continue;
            }
            Assembly? assembly = null;
            var assemblyFile = Path.Combine(AppContext.BaseDirectory, Path.GetFileNameWithoutExtension(project) + ".dll");
            if (File.Exists(assemblyFile))
            {
                assembly = Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(project)));
            }
            services.Add(new Service(Path.GetFileName(folder), folder, assembly));
        }
        return services;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Qingmeng.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Qingmeng.slnx) is not above the test's folder.");
    }

    [GeneratedRegex(@"^(bin|obj|Migrations)/")]
    private static partial Regex IgnoredFolder();

    [GeneratedRegex(@"</?summary>")]
    private static partial Regex SummaryTags();

    [GeneratedRegex(@"<(see|paramref|typeparamref)\s+(?:cref|name)=""(?:[A-Z]:)?([^""]+)""\s*/>")]
    private static partial Regex CrefOrName();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
