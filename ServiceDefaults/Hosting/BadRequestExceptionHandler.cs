using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Qingmeng.ServiceDefaults;

/// <summary>
/// Turns request-binding failures (malformed JSON, wrong types, bad enum values, missing values, oversize body) into
/// validation problem details that name the field in Chinese, with the allowed values when the field is an enum,
/// instead of the framework's English binder message ("Failed to bind parameter \"Nullable&lt;KpiIndicator&gt; …").
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        // The exception handler middleware clears the endpoint before handlers run; its feature keeps it.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        var failure = Describe(badRequest, endpoint);
        httpContext.Response.StatusCode = badRequest.StatusCode;
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [failure.Field] = [failure.Message] })
        {
            Status = badRequest.StatusCode,
            Title = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "请求体过大 (The request body is too large.)"
                : "请求无法读取 (The request could not be read.)",
        };
        if (failure.AllowedValues is { } allowed)
        {
            problem.Extensions["allowedValues"] = new Dictionary<string, string[]> { [failure.Field] = allowed };
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal sealed record Failure(string Field, string Message, string[]? AllowedValues = null);

    internal static Failure Describe(BadHttpRequestException exception, Endpoint? endpoint)
    {
        if (exception.InnerException is JsonException json)
        {
            // 'Failed to read parameter "FileCaseRequest request" from the request body as JSON.'
            var body = QuotedParameter().Match(exception.Message);
            return DescribeJson(json, body.Success ? FindParameter(endpoint, body.Groups["name"].Value).Type : null);
        }

        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new("$", "请求体超过大小限制 (the request body exceeds the size limit)");
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return new("$", $"请求体须为 JSON，请使用 Content-Type: application/json ({exception.Message})");
        }

        if (BindingFailed().Match(exception.Message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value;
            var value = bind.Groups["value"].Value;
            var (field, type) = FindParameter(endpoint, name);
            return Invalid(field, type, value);
        }

        if (RequiredMissing().Match(exception.Message) is { Success: true } missing)
        {
            var (field, _) = FindParameter(endpoint, missing.Groups["name"].Value);
            var source = missing.Groups["source"].Value;
            return source == "body"
                ? new("$", "请求体不能为空 (a request body is required)")
                : new(field, $"缺少必填参数 {field}，应在{SourceInChinese(source)}中提供 (required parameter {field} was not provided from {source})");
        }

        if (exception.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            return new("$", "请求体不能为空 (a request body is required)");
        }

        // Anything else keeps the framework's text, after the Chinese.
        var parameter = QuotedParameter().Match(exception.Message);
        return new(parameter.Success ? parameter.Groups["name"].Value : "$", $"请求无法读取 ({exception.Message})");
    }

    private static Failure DescribeJson(JsonException json, Type? bodyType)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');
        var english = json.Message.Split(" Path:", 2)[0];

        if (MissingRequiredProperties().Match(english) is { Success: true } missingProperties)
        {
            var names = Quoted().Matches(missingProperties.Groups["names"].Value).Select(m => m.Groups[1].Value).ToArray();
            var first = names.FirstOrDefault() ?? field;
            return new(first, $"缺少必填字段：{string.Join(", ", names)} ({english})");
        }

        if (NotConvertible().Match(english) is { Success: true } conversion)
        {
            // The message names the object being read when its constructor takes the value (records), so the
            // field's own type comes from walking the path through the body's type.
            var type = TypeAt(bodyType, json.Path) ?? ResolveType(conversion.Groups["type"].Value);
            return Invalid(field, type, value: null);
        }

        return new(field, $"请求体不是有效的 JSON ({english})");
    }

    /// <summary>The message for a value that is not of the field's type: for an enum, the values it may take.</summary>
    private static Failure Invalid(string field, Type? type, string? value)
    {
        var quoted = value is null ? "" : $" \"{value}\"";
        var quotedChinese = value is null ? "" : $" \"{value}\" ";
        var underlying = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (underlying is { IsEnum: true })
        {
            var allowed = Enum.GetNames(underlying);
            var list = string.Join(", ", allowed);
            return new(field, $"{field} 的取值{quotedChinese}无效，可选值：{list} (invalid value{quoted}; allowed values: {list})", allowed);
        }

        var (chinese, english) = DescribeType(underlying);
        return new(field, $"{field} 的值{quotedChinese}无效，应为{chinese} (invalid value{quoted}; expected {english})");
    }

    private static (string Chinese, string English) DescribeType(Type? type) => type switch
    {
        _ when type == typeof(Guid) => ("GUID", "a GUID"),
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => ("整数", "an integer"),
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => ("数字", "a number"),
        _ when type == typeof(bool) => ("true 或 false", "true or false"),
        _ when type == typeof(DateOnly) => ("日期，如 2027-01-31", "a date such as 2027-01-31"),
        _ when type == typeof(TimeOnly) => ("时间，如 09:30", "a time such as 09:30"),
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => ("日期时间，如 2027-01-31T23:59:59+08:00", "a date-time such as 2027-01-31T23:59:59+08:00"),
        _ when type == typeof(string) => ("字符串", "a string"),
        { IsArray: true } => ("数组", "an array"),
        _ => ("有效的值", "a valid value"),
    };

    private static string SourceInChinese(string source) => source switch
    {
        "query string" => "查询字符串",
        "route" => "路径",
        "header" => "请求头",
        "form" => "表单",
        _ => source,
    };

    /// <summary>
    /// The field as the client sends it (the [FromQuery(Name = …)] name, if any) and its type, from the endpoint's
    /// handler: binder messages give only the C# name and a short type name.
    /// </summary>
    private static (string Field, Type? Type) FindParameter(Endpoint? endpoint, string name)
    {
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return (JsonNamingPolicy.CamelCase.ConvertName(name), null);
        }
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                var constructorParameters = parameter.ParameterType.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters() ?? [];
                foreach (var property in parameter.ParameterType.GetProperties())
                {
                    if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                    {
                        var constructorParameter = constructorParameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
                        return (BoundName(property.GetCustomAttributes(), constructorParameter?.GetCustomAttributes()) ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name), property.PropertyType);
                    }
                }
            }
            else if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return (BoundName(parameter.GetCustomAttributes(), null) ?? JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!), parameter.ParameterType);
            }
        }
        return (JsonNamingPolicy.CamelCase.ConvertName(name), null);
    }

    /// <summary>The type of the value at a JSON path ("$.items[0].kind") inside <paramref name="root"/>.</summary>
    private static Type? TypeAt(Type? root, string? path)
    {
        var type = root;
        foreach (Match segment in PathSegment().Matches(path ?? ""))
        {
            if (type is null)
            {
                return null;
            }
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = segment.Groups["index"].Success
                ? ElementType(type)
                : type.GetProperties().FirstOrDefault(p => string.Equals(
                    p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, segment.Groups["name"].Value, StringComparison.OrdinalIgnoreCase))?.PropertyType;
        }
        return type == root ? null : type;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string? BoundName(IEnumerable<Attribute> attributes, IEnumerable<Attribute>? more) =>
        attributes.Concat(more ?? []).Select(a => a switch
        {
            IFromQueryMetadata query => query.Name,
            IFromRouteMetadata route => route.Name,
            IFromHeaderMetadata header => header.Name,
            _ => null,
        }).FirstOrDefault(n => !string.IsNullOrEmpty(n));

    /// <summary>A type System.Text.Json names in full ("System.Nullable`1[Qingmeng.Governance.Domain.CaseChannel]").</summary>
    private static Type? ResolveType(string name)
    {
        if (NullableOf().Match(name) is { Success: true } nullable)
        {
            name = nullable.Groups["inner"].Value;
        }
        if (Type.GetType(name) is { } system)
        {
            return system;
        }
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (!assembly.IsDynamic && assembly.GetType(name) is { } type)
            {
                return type;
            }
        }
        return null;
    }

    // 'Failed to bind parameter "Nullable<KpiIndicator> Indicator" from "Nope".'
    [GeneratedRegex("^Failed to bind parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindingFailed();

    // 'Required parameter "string Code" was not provided from query string.'
    [GeneratedRegex("^Required parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\" was not provided from (?<source>[a-z ]+)\\.$")]
    private static partial Regex RequiredMissing();

    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex QuotedParameter();

    [GeneratedRegex("^The JSON value could not be converted to (?<type>[^ ]+)\\.$")]
    private static partial Regex NotConvertible();

    [GeneratedRegex("missing required properties,? including: (?<names>.*)$")]
    private static partial Regex MissingRequiredProperties();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>[0-9]+)\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("^System\\.Nullable`1\\[(?<inner>.+)\\]$")]
    private static partial Regex NullableOf();
}
