using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Qingmeng.Testing.Hosting;

/// <summary>An in-memory logger provider: every formatted message and exception text a host writes.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>The same lines with their level and category, to check what an operator would see as a warning or error.</summary>
    public IReadOnlyCollection<CapturedLogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"{category} {formatter(state, exception)} {exception}";
            lines.Enqueue(line);
            entries.Enqueue(new CapturedLogEntry(logLevel, category, line));
        }
    }
}

/// <summary>One captured log line: its level, its category and its text (message and exception).</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, string Text);
