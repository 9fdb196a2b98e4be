using Qingmeng.Finance.Model;
using Qingmeng.ServiceDefaults.Outcomes;

namespace Qingmeng.Finance.Application;

/// <summary>The refusals of the referral lifecycle.</summary>
public static class ReferralFailures
{
    /// <summary>The referral cannot be <paramref name="verb"/> in its current state (409 naming the state).</summary>
    public static Failure StateConflict(Referral referral, string verb) => Application.StateConflict.Of(
        $"转介在当前状态下不能执行此操作 (the referral cannot be {verb} in its current state)",
        $"转介 {referral.Number} 当前为 {referral.Status} (referral {referral.Number} is {referral.Status})",
        referral.Status.ToString());

    /// <summary>A referral the caller may not see is answered exactly like one that does not exist.</summary>
    public static readonly Failure NotFound = Failure.NotFound("id", "没有该转介 (there is no such referral)");
}
