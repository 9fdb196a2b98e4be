using Qingmeng.Approval.Model;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Approval.Application;

/// <summary>
/// A task's refusal as a domain failure: a state conflict or a broken rule, naming the task's current state, and the
/// field at fault when there is one (an empty field means the refusal names none).
/// </summary>
public static class TaskRefusals
{
    public static Failure ToFailure(this TransitionRefusal refusal, ApprovalTaskStatus current)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var failure = new Failure(refusal.IsStateConflict ? FailureKind.Conflict : FailureKind.Unprocessable, refusal.Field ?? "", refusal.Detail)
            .Titled(refusal.Title)
            .With("currentState", current.ToString());
        // A rule broken by several items (say, missing materials) lists each one under the field.
        return refusal is { Field: { } field, Items.Count: > 0 }
            ? failure.With("errors", new Dictionary<string, string[]> { [field] = [.. refusal.Items] })
            : failure;
    }
}
