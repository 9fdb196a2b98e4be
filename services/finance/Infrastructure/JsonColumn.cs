using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.ServiceDefaults;

namespace Qingmeng.Finance.Infrastructure;

/// <summary>Stores a value as jsonb in the platform's JSON dialect, compared by its serialised form.</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class?
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, PlatformJson.Options),
            json => JsonSerializer.Deserialize<T>(json, PlatformJson.Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, PlatformJson.Options) == JsonSerializer.Serialize(b, PlatformJson.Options),
                value => JsonSerializer.Serialize(value, PlatformJson.Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, PlatformJson.Options), PlatformJson.Options)!));
        property.HasColumnType("jsonb");
        return property;
    }
}
