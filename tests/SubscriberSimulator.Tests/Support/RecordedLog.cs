using Microsoft.Extensions.Logging;

namespace SubscriberSimulator.Tests.Support;

/// <summary>One entry of <see cref="RecordedLogs"/>.</summary>
internal sealed record RecordedLog(LogLevel Level, string Category, string Message, Exception? Exception)
{
    /// <summary>An Error or worse, or any entry that carries a stack trace (an exception, or one rendered into the text).</summary>
    public bool IsAlarm => Level >= LogLevel.Error || Exception is not null || Message.Contains("   at ", StringComparison.Ordinal);
}
