using Qingmeng.Governance.Model;
using Qingmeng.ServiceDefaults.Outcomes;
using Qingmeng.Governance.Model.Cases;

namespace Qingmeng.Governance.Application;

/// <summary>
/// The service's refusals as domain failures. A case rule keeps the default title of its kind (<see cref="Failure.Title"/>
/// stays null) and its message; a state conflict has a title of its own and names the current state.
/// </summary>
public static class CaseRefusals
{
    /// <summary>The case does not exist, or the caller may not know it does (a bare 404).</summary>
    public static readonly Failure CaseNotFound = Failure.NotFound("id", "诉求不存在 (no such case)");

    public static Failure StateConflict(Case current, CaseAction? action) =>
        Failure.Conflict("", action is { } attempted
                ? $"诉求 {current.Number} 当前为 {current.Status}，只有在 {string.Join(" 或 ", CaseLifecycle.StatesAllowing(attempted))} 状态下才能执行 {attempted} (case {current.Number} is {current.Status}; {attempted} is allowed only when it is {string.Join(" or ", CaseLifecycle.StatesAllowing(attempted))})"
                : $"诉求 {current.Number} 已被他人修改，当前为 {current.Status} (case {current.Number} was changed meanwhile and is now {current.Status})")
            .Titled("诉求在当前状态下不能执行此操作 (the case cannot do that in its current state)")
            .With("currentState", current.Status.ToString());

    /// <summary>A broken rule, by the status it names: 400, 403, 404, 409, otherwise 422.</summary>
    public static Failure From(CaseRuleException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var field = rule.Field ?? "";
        return rule.StatusCode switch
        {
            400 => Failure.Invalid(field, rule.Message),
            403 => Failure.Forbidden(field, rule.Message),
            404 => Failure.NotFound(field, rule.Message),
            409 => Failure.Conflict(field, rule.Message),
            _ => Failure.Unprocessable(field, rule.Message),
        };
    }
}
