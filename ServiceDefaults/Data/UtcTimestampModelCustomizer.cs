using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Qingmeng.ServiceDefaults.Data;

/// <summary>
/// Stores every <see cref="DateTimeOffset"/> as the same instant in UTC. Clients in China naturally send
/// <c>+08:00</c>; Npgsql writes only offset 0 to <c>timestamp with time zone</c>, so without this one rule each
/// endpoint taking a time would answer 500. Queries comparing with such a property convert their parameters too.
/// </summary>
public sealed class UtcTimestampModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    private static readonly ValueConverter<DateTimeOffset, DateTimeOffset> ToUtc = new(value => value.ToUniversalTime(), value => value);

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        var properties = modelBuilder.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetDeclaredProperties())
            .Where(property => (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(DateTimeOffset)
                && property.GetValueConverter() is null);
        foreach (var property in properties)
        {
            property.SetValueConverter(ToUtc);
        }
    }
}
