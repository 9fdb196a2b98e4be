using System.Text.Json;

namespace Qingmeng.ServiceDefaults.Messaging.ErrorQueues;

/// <summary>A message that exhausted its retries, as an operator sees it.</summary>
public sealed record ParkedMessage(
    string? MessageId,
    string? MessageType,
    string? ExceptionType,
    string? ExceptionMessage,
    DateTimeOffset? FaultedAt,
    JsonElement? Message);

public sealed record ErrorQueueSummary(string Queue, string ErrorQueue, uint Parked);

public sealed record ReplayResult(string Queue, int Replayed);
