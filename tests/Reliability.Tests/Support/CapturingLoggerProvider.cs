using Microsoft.Extensions.Logging;

namespace Reliability.Tests.Support;

/// <summary>Hands out <see cref="CapturingLogger"/>s that all write into one <see cref="CapturedLogs"/>.</summary>
internal sealed class CapturingLoggerProvider(CapturedLogs logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, logs);

    public void Dispose()
    {
    }
}
