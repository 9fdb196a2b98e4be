using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Approval.Consumers;

/// <summary>The platform's standard retry then error-queue policy.</summary>
public sealed class CaseFiledConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<CaseFiledConsumer>(options);
