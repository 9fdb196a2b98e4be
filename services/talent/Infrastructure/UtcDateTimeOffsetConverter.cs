using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Qingmeng.Talent.Infrastructure;

/// <summary>Writes every <see cref="DateTimeOffset"/> as UTC (the instant is kept); reads it back as stored.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
