using Microsoft.Extensions.Logging;

namespace Reliability.Tests.Support;

/// <summary>Writes every message at every level, with its exception, into <see cref="CapturedLogs"/>.</summary>
internal sealed class CapturingLogger(string category, CapturedLogs logs) : ILogger
{
    // Scopes are not rendered, like the simulator's and a default console sink (IncludeScopes off). ASP.NET
    // Core's request scope carries the raw request path, which can hold an email or a number.
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);

        // The structured values are scanned as well as the message: a sink may print either.
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}")) : string.Empty;
        logs.Add($"[{category}] {logLevel}: {formatter(state, exception)} {values} {exception}");
    }
}
