namespace Qingmeng.ServiceDefaults.Eligibility;

/// <summary>A profile field as people read it: 研发投入占比 in %, not rd_ratio.</summary>
public sealed record FieldDefinition(string Label, string? Unit = null);

/// <summary>Labels and units for the fields a service's rules use; unknown fields show their key.</summary>
public sealed class FieldCatalog(IReadOnlyDictionary<string, FieldDefinition> fields)
{
    public static readonly FieldCatalog Empty = new(new Dictionary<string, FieldDefinition>());

    public IReadOnlyDictionary<string, FieldDefinition> Fields { get; } = fields;

    public FieldDefinition Describe(string field) => Fields.TryGetValue(field, out var definition) ? definition : new FieldDefinition(field);
}
