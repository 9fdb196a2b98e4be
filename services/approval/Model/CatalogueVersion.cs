namespace Qingmeng.Approval.Model;

/// <summary>A published catalogue version (jsonb document). Versions are append-only.</summary>
public sealed class CatalogueVersion
{
    public int Version { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public string Note { get; private set; } = "";

    public CatalogueDocument Document { get; private set; } = null!;

    private CatalogueVersion()
    {
    }

    public static CatalogueVersion Create(int version, CatalogueDocument document, string publishedBy, string note, DateTimeOffset now) => new()
    {
        Version = version,
        Document = document,
        PublishedBy = publishedBy,
        Note = note,
        PublishedAt = now,
    };
}
