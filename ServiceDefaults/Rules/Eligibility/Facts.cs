using System.Collections;

namespace Qingmeng.ServiceDefaults.Eligibility;

/// <summary>
/// What is known about an applicant, field by field: a decimal, string, boolean, date or set of strings.
/// A field that is absent is unknown, which is not the same as false or zero.
/// </summary>
public sealed class Facts : IEnumerable<KeyValuePair<string, object>>
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public Facts Set(string field, decimal value) => Put(field, value);

    public Facts Set(string field, int value) => Put(field, (decimal)value);

    public Facts Set(string field, string value) => Put(field, value);

    public Facts Set(string field, bool value) => Put(field, value);

    public Facts Set(string field, DateOnly value) => Put(field, value);

    public Facts Set(string field, IEnumerable<string> values) => Put(field, values.ToHashSet(StringComparer.Ordinal));

    /// <summary>Sets the field when the value is known, leaves it unknown otherwise.</summary>
    public Facts SetIfKnown(string field, decimal? value) => value is { } known ? Set(field, known) : this;

    public Facts SetIfKnown(string field, string? value) => value is { } known ? Set(field, known) : this;

    public Facts SetIfKnown(string field, bool? value) => value is { } known ? Set(field, known) : this;

    public Facts SetIfKnown(string field, DateOnly? value) => value is { } known ? Set(field, known) : this;

    public bool TryGet(string field, out object value) => _values.TryGetValue(field, out value!);

    /// <summary>How many facts are known.</summary>
    public int Count => _values.Count;

    /// <summary>The facts themselves, for enumeration without boxing (<see cref="FactRow"/>).</summary>
    internal Dictionary<string, object> Values => _values;

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Facts Put(string field, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        _values[field] = value;
        return this;
    }
}
