using Microsoft.Extensions.Logging;
using SubscriberSdk.TestSupport.Logging;

namespace SubscriberSimulator.Tests.Support;

/// <summary>Every log entry of the simulators that write here (level, category, message, exception), at every level.</summary>
internal sealed class RecordedLogs : ILoggerProvider
{
    private readonly AwaitableLog<RecordedLog> _entries = new();

    public IReadOnlyCollection<RecordedLog> Entries => _entries.Entries;

    /// <summary>Completes when an entry matching <paramref name="match"/> is (or was) logged.</summary>
    public Task WaitForAsync(Func<RecordedLog, bool> match) => _entries.WaitForAsync(match);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private void Add(RecordedLog entry) => _entries.Add(entry);

    private sealed class Logger(string category, RecordedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add(new RecordedLog(logLevel, category, formatter(state, exception), exception));
    }
}
