using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Qingmeng.Deploy.Generator;

/// <summary>
/// A small, deterministic YAML writer for JSON trees (objects keep insertion order): block maps and
/// lists, literal blocks for multi-line strings, quotes only where a plain scalar would change meaning.
/// </summary>
public static partial class Yaml
{
    public static string Documents(IEnumerable<JsonNode> documents, string? header = null)
    {
        var builder = new StringBuilder();
        if (header is not null)
        {
            foreach (var line in header.Split('\n'))
            {
                builder.Append("# ").Append(line).Append('\n');
            }
        }
        var first = true;
        foreach (var document in documents)
        {
            if (!first || header is not null)
            {
                builder.Append("---\n");
            }
            first = false;
            WriteBlock(builder, document, 0);
        }
        return builder.ToString();
    }

    private static void WriteBlock(StringBuilder builder, JsonNode node, int indent)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    builder.Append(' ', indent).Append(Scalar(key)).Append(':');
                    WriteValue(builder, value, indent);
                }
                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    builder.Append(' ', indent).Append('-');
                    if (item is JsonObject { Count: > 0 } itemMap)
                    {
                        // The first key goes on the dash's line, the rest align under it.
                        var inner = new StringBuilder();
                        WriteBlock(inner, itemMap, indent + 2);
                        builder.Append(' ').Append(inner.ToString(indent + 2, inner.Length - indent - 2));
                    }
                    else
                    {
                        WriteValue(builder, item, indent);
                    }
                }
                break;
            default:
                throw new InvalidOperationException("A YAML document must be a map or a list.");
        }
    }

    private static void WriteValue(StringBuilder builder, JsonNode? value, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: 0 }:
                builder.Append(" {}\n");
                break;
            case JsonArray { Count: 0 }:
                builder.Append(" []\n");
                break;
            case JsonObject map:
                builder.Append('\n');
                WriteBlock(builder, map, indent + 2);
                break;
            case JsonArray list:
                builder.Append('\n');
                WriteBlock(builder, list, indent);
                break;
            case null:
                builder.Append(" null\n");
                break;
            default:
                var scalar = value.AsValue();
                if (scalar.TryGetValue<string>(out var text) && text.Contains('\n', StringComparison.Ordinal))
                {
                    builder.Append(text.EndsWith('\n') ? " |\n" : " |-\n");
                    foreach (var line in text.TrimEnd('\n').Split('\n'))
                    {
                        if (line.Length > 0)
                        {
                            builder.Append(' ', indent + 2).Append(line);
                        }
                        builder.Append('\n');
                    }
                }
                else
                {
                    builder.Append(' ').Append(Scalar(scalar)).Append('\n');
                }
                break;
        }
    }

    private static string Scalar(JsonValue value)
    {
        if (value.TryGetValue<string>(out var text))
        {
            return Scalar(text);
        }
        if (value.TryGetValue<bool>(out var flag))
        {
            return flag ? "true" : "false";
        }
        if (value.TryGetValue<int>(out var number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        if (value.TryGetValue<long>(out var big))
        {
            return big.ToString(CultureInfo.InvariantCulture);
        }
        if (value.TryGetValue<double>(out var real))
        {
            return real.ToString(CultureInfo.InvariantCulture);
        }
        return value.ToJsonString();
    }

    /// <summary>A string as a plain scalar when YAML would read it back as the same string, else double-quoted.</summary>
    private static string Scalar(string text) =>
        PlainSafe().IsMatch(text) && !ReadsAsOtherType().IsMatch(text)
            ? text
            : JsonValue.Create(text).ToJsonString(PlatformEscaping);

    private static readonly System.Text.Json.JsonSerializerOptions PlatformEscaping = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [GeneratedRegex(@"^[A-Za-z0-9_/][A-Za-z0-9_./@=+:-]*(?<!:)$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^([-+]?[0-9][0-9_.eE+-]*|0x[0-9a-fA-F]+|0o[0-7]+|true|false|True|False|TRUE|FALSE|yes|no|Yes|No|YES|NO|on|off|On|Off|ON|OFF|y|n|Y|N|null|Null|NULL|~)$")]
    private static partial Regex ReadsAsOtherType();
}
