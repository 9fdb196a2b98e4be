namespace Qingmeng.Contracts;

/// <summary>
/// Names the properties that identify what an event is about (a firm's credit code, else a case): consumers handle
/// events with the same key one at a time, so a burst about one firm never races on that firm's rows. The first
/// property with a value is the key; an event without one is handled without waiting for others.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PartitionKeyAttribute(params string[] properties) : Attribute
{
    public IReadOnlyList<string> Properties { get; } = properties;
}
