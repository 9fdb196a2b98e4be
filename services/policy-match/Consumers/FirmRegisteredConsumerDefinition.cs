using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.PolicyMatch.Consumers;

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class FirmRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<FirmRegisteredConsumer>(options);

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class FirmUpdatedConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<FirmUpdatedConsumer>(options);
