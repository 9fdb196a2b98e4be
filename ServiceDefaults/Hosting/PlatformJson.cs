using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Qingmeng.ServiceDefaults;

/// <summary>One JSON dialect for HTTP and the event bus: camelCase, enums as strings, Chinese not \u-escaped.</summary>
public static class PlatformJson
{
    /// <summary>
    /// Emits CJK and other non-ASCII letters as-is (UTF-8) while still escaping HTML-sensitive characters,
    /// unlike UnsafeRelaxedJsonEscaping.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static JsonSerializerOptions Options { get; } = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.Encoder = Encoder;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any())
        {
            options.Converters.Add(new JsonStringEnumConverter());
        }
        return options;
    }

    public static TBuilder AddPlatformJson<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<JsonOptions>(options => Apply(options.SerializerOptions));
        return builder;
    }
}
