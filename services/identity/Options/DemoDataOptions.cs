namespace Qingmeng.Identity.Options;

/// <summary>Demo data settings, bound from <c>DemoData</c>; the AppHost turns it on for local runs.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    public bool Enabled { get; set; }
}
