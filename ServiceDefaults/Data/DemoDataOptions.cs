namespace Qingmeng.ServiceDefaults.Data;

/// <summary>
/// Whether a service seeds demo data at start (section <c>DemoData</c>). Reference data (catalogues, service points,
/// calendars) is seeded always; demo data only when <see cref="Enabled"/>.
/// </summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    /// <summary>Seed the demo accounts, firms and walk-through records (on in the AppHost's local run).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// With <see cref="Enabled"/>, also the activity behind the case study's figures (hundreds of records, each with its
    /// events), so a choice of its own: on in the AppHost's local run, off in deployments and whole-platform tests.
    /// </summary>
    public bool SeedFigures { get; set; }
}
