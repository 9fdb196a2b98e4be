namespace Qingmeng.Gateway.ApiReference;

/// <summary>
/// One service's OpenAPI document as the API reference shows it: the YARP cluster that serves it, the scope a token
/// needs for it, and its title in the reference's document picker.
/// </summary>
public sealed record ServiceDocument(string Name, string Title, string ClusterId, string? Scope);

public static class ServiceDocuments
{
    /// <summary>Every public service, in the order the reference lists them.</summary>
    public static readonly IReadOnlyList<ServiceDocument> All =
    [
        new("approval", "项目审批 · 帮代办 (Approval)", "approval", "approval"),
        new("governance", "中心吹哨 · 诉求与监管 (Governance)", "governance", "governance"),
        new("policy", "政策找企 · 秒兑现 · 小濛 (Policy match)", "policy-match", "policy"),
        new("finance", "银企对接 (Finance)", "finance", "finance"),
        new("talent", "人才与就业 (Talent)", "talent", "talent"),
        new("identity", "身份与令牌 (Identity)", "identity", null),
    ];

    public static ServiceDocument? Find(string name) =>
        All.FirstOrDefault(document => string.Equals(document.Name, name, StringComparison.Ordinal));
}
