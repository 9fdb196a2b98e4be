using Microsoft.AspNetCore.Http;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.ServiceDefaults.Tests.Problems;

public sealed class FieldProblemsTests
{
    [Fact]
    public void A_refusal_naming_a_field_carries_field_and_errors_beside_its_message()
    {
        var problem = Failure.Unprocessable("landedOn", "落地日期不能晚于今天").ToProblem().ProblemDetails;

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, problem.Status);
        Assert.Equal("落地日期不能晚于今天", problem.Detail);
        Assert.Equal("landedOn", problem.Extensions["field"]);
        var errors = Assert.IsType<Dictionary<string, string[]>>(problem.Extensions["errors"]);
        Assert.Equal(["落地日期不能晚于今天"], errors["landedOn"]);
    }

    [Fact]
    public void A_refusal_of_the_whole_request_names_no_field_and_lists_no_errors_under_an_empty_name()
    {
        var problem = Failure.Conflict("", "处理期间事项已被修改").Titled("处理期间事项已被修改 (changed meanwhile)")
            .With("currentState", "Accepted").ToProblem().ProblemDetails;

        Assert.Equal(StatusCodes.Status409Conflict, problem.Status);
        Assert.Equal("处理期间事项已被修改 (changed meanwhile)", problem.Title);
        Assert.Equal("处理期间事项已被修改", problem.Detail);
        Assert.Equal("Accepted", problem.Extensions["currentState"]);
        Assert.False(problem.Extensions.ContainsKey("field"));
        Assert.False(problem.Extensions.ContainsKey("errors"));
    }

    [Fact]
    public void A_refusal_said_by_its_title_alone_has_no_empty_detail()
    {
        var problem = Failure.Forbidden("", "").Titled("只有招商部门可以管理签约 (only investment promotion manages agreements)").ToProblem().ProblemDetails;

        Assert.Equal(StatusCodes.Status403Forbidden, problem.Status);
        Assert.Equal("只有招商部门可以管理签约 (only investment promotion manages agreements)", problem.Title);
        Assert.Null(problem.Detail);
    }
}
