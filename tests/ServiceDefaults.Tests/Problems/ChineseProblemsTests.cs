using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qingmeng.ServiceDefaults.Validation;

namespace Qingmeng.ServiceDefaults.Tests.Problems;

public sealed class ChineseProblemsTests
{
    public enum SampleIndicator { SignedFor, ClosedOnTime }

    public sealed record SampleQuery(SampleIndicator? Indicator, DateOnly? From);

    public sealed record SampleBody(string Title, SampleIndicator Indicator);

    private static void QueryHandler([AsParameters] SampleQuery query) => _ = query;

    private static void RouteHandler(Guid id) => _ = id;

    private static void BodyHandler(SampleBody body) => _ = body;

    private static MethodInfo Handler(string name) => typeof(ChineseProblemsTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    [Fact]
    public void A_too_long_title_is_reported_in_Chinese_naming_the_field()
    {
        var english = new StringLengthAttribute(200).FormatErrorMessage("Title");
        var problem = ProblemDetailsHost.Customize(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["Title"] = [english] }));

        Assert.Equal(
            "title 的长度不能超过 200 个字符 (The field Title must be a string with a maximum length of 200.)",
            Assert.Single(problem.Errors["title"]));
        Assert.StartsWith("请求参数有误", problem.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_already_in_Chinese_is_kept_as_written()
    {
        const string Chinese = "统一社会信用代码校验位错误 (check character mismatch)";
        var problem = ProblemDetailsHost.Customize(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["creditCode"] = [Chinese] }));

        Assert.Equal(Chinese, Assert.Single(problem.Errors["creditCode"]));
    }

    [Theory]
    [InlineData(StatusCodes.Status401Unauthorized, "Unauthorized", "未登录")]
    [InlineData(StatusCodes.Status403Forbidden, "Forbidden", "无权")]
    [InlineData(StatusCodes.Status404NotFound, "Not Found", "未找到")]
    [InlineData(StatusCodes.Status409Conflict, "Conflict", "与当前状态冲突")]
    public void A_default_English_title_gets_its_Chinese(int status, string title, string chinese)
    {
        var problem = ProblemDetailsHost.Customize(new ProblemDetails { Status = status, Title = title });

        Assert.StartsWith(chinese, problem.Title, StringComparison.Ordinal);
        Assert.Contains(title, problem.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_enum_in_the_query_is_a_400_naming_the_field_and_its_allowed_values()
    {
        var failure = new BadHttpRequestException("Failed to bind parameter \"Nullable<SampleIndicator> Indicator\" from \"Nope\".", StatusCodes.Status400BadRequest);

        var (status, body) = await ProblemDetailsHost.HandleAsync(failure, Handler(nameof(QueryHandler)));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        var message = Assert.Single(body.GetProperty("errors").GetProperty("indicator").EnumerateArray()).GetString()!;
        Assert.StartsWith("indicator 的取值 \"Nope\" 无效，可选值：SignedFor, ClosedOnTime", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", message, StringComparison.Ordinal);
        Assert.Equal(["SignedFor", "ClosedOnTime"], body.GetProperty("allowedValues").GetProperty("indicator").EnumerateArray().Select(v => v.GetString()));
        Assert.StartsWith("请求无法读取", body.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_date_in_the_query_names_the_field_and_the_expected_form_in_Chinese()
    {
        var failure = new BadHttpRequestException("Failed to bind parameter \"Nullable<DateOnly> From\" from \"2027-13-01\".", StatusCodes.Status400BadRequest);

        var (_, body) = await ProblemDetailsHost.HandleAsync(failure, Handler(nameof(QueryHandler)));

        var message = Assert.Single(body.GetProperty("errors").GetProperty("from").EnumerateArray()).GetString()!;
        Assert.StartsWith("from 的值 \"2027-13-01\" 无效，应为日期", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_route_value_names_the_route_parameter_in_Chinese()
    {
        var failure = new BadHttpRequestException("Failed to bind parameter \"Guid id\" from \"abc\".", StatusCodes.Status400BadRequest);

        var (_, body) = await ProblemDetailsHost.HandleAsync(failure, Handler(nameof(RouteHandler)));

        Assert.StartsWith("id 的值 \"abc\" 无效，应为GUID", Assert.Single(body.GetProperty("errors").GetProperty("id").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_enum_in_a_JSON_body_is_a_400_naming_the_JSON_field_and_its_allowed_values()
    {
        var json = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SampleBody>("""{"title":"标题","indicator":"Nope"}""", PlatformJson.Options));
        var failure = new BadHttpRequestException("Failed to read parameter \"SampleBody body\" from the request body as JSON.", StatusCodes.Status400BadRequest, json);

        var (status, body) = await ProblemDetailsHost.HandleAsync(failure, Handler(nameof(BodyHandler)));

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        var message = Assert.Single(body.GetProperty("errors").GetProperty("indicator").EnumerateArray()).GetString()!;
        Assert.StartsWith("indicator 的取值无效，可选值：SignedFor, ClosedOnTime", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_JSON_is_reported_in_Chinese()
    {
        var json = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SampleBody>("""{"title": "缺少引号}""", PlatformJson.Options));
        var failure = new BadHttpRequestException("Failed to read parameter \"SampleBody body\" from the request body as JSON.", StatusCodes.Status400BadRequest, json);

        var (_, body) = await ProblemDetailsHost.HandleAsync(failure, Handler(nameof(BodyHandler)));

        var (_, messages) = Assert.Single(body.GetProperty("errors").EnumerateObject().Select(p => (p.Name, p.Value)));
        Assert.StartsWith("请求体不是有效的 JSON", Assert.Single(messages.EnumerateArray()).GetString(), StringComparison.Ordinal);
    }
}
