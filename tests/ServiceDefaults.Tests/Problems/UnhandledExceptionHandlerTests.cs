using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Qingmeng.ServiceDefaults.Tests.Problems;

public sealed class UnhandledExceptionHandlerTests
{
    [Fact]
    public async Task An_unhandled_exception_answers_500_without_the_exception_text()
    {
        var written = new CapturingProblemDetailsService();
        var handler = new UnhandledExceptionHandler(written, NullLogger<UnhandledExceptionHandler>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/api/talent/jobs";

        var handled = await handler.TryHandleAsync(
            context, new InvalidCastException("Cannot write DateTimeOffset with Offset=08:00:00 at Npgsql.Internal…"), CancellationToken.None);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        var problem = Assert.Single(written.Written).ProblemDetails;
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("Npgsql", problem.Detail ?? "");
        Assert.DoesNotContain("InvalidCastException", problem.Detail ?? "");
        Assert.Contains("traceId", problem.Detail);
    }

    private sealed class CapturingProblemDetailsService : IProblemDetailsService
    {
        public List<ProblemDetailsContext> Written { get; } = [];

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Written.Add(context);
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
        {
            Written.Add(context);
            return ValueTask.FromResult(true);
        }
    }
}
