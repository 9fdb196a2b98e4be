using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>
/// One temporary queue per replica (auto-deleted when it stops), so that every replica's in-memory index hears
/// every publication; a replica that was down reloads everything at start.
/// </summary>
public sealed class ConsultantIndexConsumerDefinition : PlatformConsumerDefinition<ConsultantIndexConsumer>
{
    public ConsultantIndexConsumerDefinition(IOptions<MessagingOptions> options) : base(options)
    {
        Endpoint(endpoint =>
        {
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
            endpoint.Temporary = true;
        });
    }
}
