using Microsoft.Extensions.Options;
using Qingmeng.ServiceDefaults.Messaging;

namespace Qingmeng.Benchmarks.Messaging.Reliable;

/// <summary>The platform's standard endpoint policy (retries, concurrency limit), unchanged.</summary>
public sealed class ReliableEffectConsumerDefinition(IOptions<MessagingOptions> options)
    : PlatformConsumerDefinition<ReliableEffectConsumer>(options);
