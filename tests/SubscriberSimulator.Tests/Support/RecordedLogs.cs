using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SubscriberSimulator.Tests.Support;

/// <summary>Every log entry of the simulators that write here (level, category, message, exception), at every level.</summary>
internal sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _entries = new();
    private readonly ConcurrentQueue<(Func<RecordedLog, bool> Match, TaskCompletionSource Seen)> _waits = new();

    public IReadOnlyCollection<RecordedLog> Entries => _entries.ToArray();

    /// <summary>Completes when an entry matching <paramref name="match"/> is (or was) logged.</summary>
    public Task WaitForAsync(Func<RecordedLog, bool> match)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waits.Enqueue((match, seen));
        if (_entries.Any(match))
        {
            seen.TrySetResult();
        }

        return seen.Task;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private void Add(RecordedLog entry)
    {
        _entries.Enqueue(entry);
        foreach (var (match, seen) in _waits)
        {
            if (match(entry))
            {
                seen.TrySetResult();
            }
        }
    }

    private sealed class Logger(string category, RecordedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(new RecordedLog(logLevel, category, formatter(state, exception), exception));
    }
}
