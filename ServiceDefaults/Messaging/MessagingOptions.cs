namespace Qingmeng.ServiceDefaults.Messaging;

/// <summary>Reliable-messaging settings, bound from the <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>
    /// Rows the dispatcher takes per round. Large enough that a backlog of one aggregate's ordered events moves in long
    /// runs (on the benchmark machine 1,000 took the 16-lane ordered scenario from about 390 to 920 events/s).
    /// </summary>
    public int OutboxBatchSize { get; set; } = 1000;

    /// <summary>How often the dispatcher looks for rows written by other replicas or left by a failure.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one publish may wait for the broker's confirmation before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First back-off after a failed publish; it doubles per attempt up to <see cref="OutboxMaxBackoff"/>.</summary>
    public TimeSpan OutboxInitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Failures of a row's own (see <see cref="OutboxMessage.Strikes"/>) after which it is dead-lettered for an operator,
    /// instead of being tried for ever. An outage never counts: the outbox is there to ride it out.
    /// </summary>
    public int OutboxMaxAttempts { get; set; } = 10;

    /// <summary>
    /// Most rows of one aggregate a dispatch round takes (its oldest), so one aggregate's backlog cannot fill the batch
    /// and starve the others.
    /// </summary>
    public int OutboxMaxRowsPerAggregate { get; set; } = 100;

    /// <summary>Sent rows and inbox rows are kept this long for audit and de-duplication, then deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Immediate redeliveries of a failing message before the exponential ones.</summary>
    public int ImmediateRetries { get; set; } = 2;

    /// <summary>Exponential redeliveries after the immediate ones; then the message is parked in the <c>_error</c> queue.</summary>
    public int ExponentialRetries { get; set; } = 3;

    public TimeSpan ExponentialMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan ExponentialMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a delivery that failed for a database outage is held and retried before it is parked after all: long
    /// enough for a restart or a failover.
    /// </summary>
    public TimeSpan OutageRetryFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait between two tries during a database outage.</summary>
    public TimeSpan OutageRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Messages a receive endpoint handles at once.</summary>
    public int ConcurrentMessageLimit { get; set; } = 32;

    /// <summary>Most deliveries one shared transaction carries (consumers that share transactions only).</summary>
    public int SharedTransactionMaxEvents { get; set; } = 64;

    /// <summary>Shared transactions one consumer type may have under way at once.</summary>
    public int SharedTransactionCommitters { get; set; } = 2;
}
