namespace Qingmeng.Testing;

/// <summary>A server did not accept connections in time; the message ends with its last log lines.</summary>
public sealed class LocalServerStartException(string server, string reason, IReadOnlyList<string> recentOutput, Exception? lastProbeError)
    : Exception(
        $"{server} {reason}." +
        (lastProbeError is null ? "" : $" Last readiness check: {lastProbeError.Message}") +
        $"{Environment.NewLine}Last output:{Environment.NewLine}  " +
        string.Join(Environment.NewLine + "  ", recentOutput.TakeLast(30)),
        lastProbeError);
