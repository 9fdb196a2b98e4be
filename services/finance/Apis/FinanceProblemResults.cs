using Microsoft.AspNetCore.Http.HttpResults;
using Qingmeng.Finance.Application;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.ServiceDefaults.Problems;

namespace Qingmeng.Finance.Apis;

/// <summary>A use case's refusal as the service answers it: a field problem, or a state conflict naming no field.</summary>
public static class FinanceProblemResults
{
    public static ProblemHttpResult ToFinanceProblem(this Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (!failure.IsStateConflict())
        {
            return failure.ToProblem();
        }
        return TypedResults.Problem(
            title: failure.Title,
            detail: failure.Message,
            statusCode: StatusCodes.Status409Conflict,
            extensions: failure.Extensions.Count == 0 ? null : new Dictionary<string, object?>(failure.Extensions));
    }
}
