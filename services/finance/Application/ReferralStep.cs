namespace Qingmeng.Finance.Application;

/// <summary>What a referral transition decided: done, not allowed in this state (409), or invalid input (422 naming the field).</summary>
public sealed record ReferralStep(bool Succeeded, string? Field = null, string? Message = null, Action? OnSaved = null)
{
    public static readonly ReferralStep Done = new(true);

    /// <summary>Done; <paramref name="onSaved"/> (e.g. counting a KPI) runs only once the change is committed.</summary>
    public static ReferralStep Then(Action onSaved) => new(true, OnSaved: onSaved);

    public static readonly ReferralStep Illegal = new(false);

    public static ReferralStep Invalid(string field, string message) => new(false, field, message);
}
