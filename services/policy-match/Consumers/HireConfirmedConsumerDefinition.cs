using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class HireConfirmedConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<HireConfirmedConsumer>(options);
