using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Qingmeng.Contracts;

namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>Reads the partition key an event declares with <see cref="PartitionKeyAttribute"/>.</summary>
public static class PartitionKeys
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The first declared property with a value, as text; null when the event declares none or all are empty.</summary>
    public static string? Of(IntegrationEvent message)
    {
        foreach (var property in Properties.GetOrAdd(message.GetType(), Declared))
        {
            var value = Convert.ToString(property.GetValue(message), CultureInfo.InvariantCulture);
            if (!string.IsNullOrEmpty(value))
            {
                return value;
            }
        }
        return null;
    }

    private static PropertyInfo[] Declared(Type type) =>
        type.GetCustomAttribute<PartitionKeyAttribute>() is { } declared
            ? [.. declared.Properties.Select(name => type.GetProperty(name)
                ?? throw new InvalidOperationException($"{type.Name} declares partition key '{name}', which it does not have."))]
            : [];
}
