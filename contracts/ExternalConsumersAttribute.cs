namespace Qingmeng.Contracts;

/// <summary>
/// Declares that an integration event is published for consumers outside the platform's services (a provincial
/// system, a partner), so no service consuming it is not an oversight. The reason says who reads it and why.
/// Every other event must have a consumer in some service: the event-map test fails otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExternalConsumersAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
