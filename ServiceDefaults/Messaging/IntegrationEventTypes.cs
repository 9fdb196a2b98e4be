using System.Collections.Concurrent;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>Names stored in the outbox and the types they stand for.</summary>
internal static class IntegrationEventTypes
{
    private static readonly ConcurrentDictionary<string, Type> Resolved = new(StringComparer.Ordinal);

    /// <summary>"Full.Type.Name, AssemblyName": stable across versions, resolvable with <see cref="Type.GetType(string)"/>.</summary>
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) => Resolved.GetOrAdd(name, static n =>
        Type.GetType(n, throwOnError: false)
        ?? throw new InvalidOperationException($"The outbox holds an event of unknown type '{n}'."));
}
