using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Qingmeng.ServiceDefaults;

namespace Qingmeng.PolicyMatch.Infrastructure;

/// <summary>Stores a value (a condition tree, an amount rule, clauses) as jsonb in the platform's JSON dialect.</summary>
internal static class JsonColumn
{
    /// <summary>jsonb does not keep key order, so the <c>$type</c> discriminator may come back anywhere in the object.</summary>
    public static readonly JsonSerializerOptions Options = new(PlatformJson.Options) { AllowOutOfOrderMetadataProperties = true };

    public static PropertyBuilder<T> HasJsonColumn<T>(this PropertyBuilder<T> property) where T : class?
    {
        property.HasConversion(
                value => JsonSerializer.Serialize(value, Options),
                json => JsonSerializer.Deserialize<T>(json, Options)!,
                new ValueComparer<T>(
                    (left, right) => Serialize(left) == Serialize(right),
                    value => Serialize(value).GetHashCode(StringComparison.Ordinal),
                    value => JsonSerializer.Deserialize<T>(Serialize(value), Options)!))
            .HasColumnType("jsonb");
        return property;
    }

    private static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, Options);
}
