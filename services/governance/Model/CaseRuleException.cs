namespace Qingmeng.Governance.Model;

/// <summary>A business rule refused the change; <see cref="Field"/> names the request field at fault when there is one.</summary>
public sealed class CaseRuleException(string message, string? field = null, int statusCode = 422) : InvalidOperationException(message)
{
    public string? Field { get; } = field;

    public int StatusCode { get; } = statusCode;
}
