using Microsoft.Extensions.Logging;

namespace SubscriberSdk.Http.Internal;

/// <summary>Log messages of the request pipeline. Paths are masked and no header value is ever logged.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Provider} {Operation}: {Method} {Path} attempt {Attempt} answered {Status}")]
    public static partial void AttemptCompleted(ILogger logger, string provider, string operation, string method, string path, int attempt, int status);

    // Self-healing retries are not warnings (Azure SDK guideline); the final failure is.
    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Provider} {Operation}: retry {Retry} in {DelaySeconds} s after {Reason}")]
    public static partial void RetryScheduled(ILogger logger, string provider, string operation, int retry, double delaySeconds, string reason);

    // The level is the caller's: a pacing wait under a second is routine (Debug), a longer one is worth seeing.
    [LoggerMessage(EventId = 3, Message = "{Provider} {Operation}: waited {WaitSeconds} s for the server's reset or a pacing permit")]
    public static partial void Throttled(ILogger logger, LogLevel level, string provider, string operation, double waitSeconds);

    // The level is the caller's: an outcome callers handle (unsubscribed, cannot receive SMS, a lookup that
    // finds nothing) is Information, anything else a Warning.
    [LoggerMessage(EventId = 4, Message = "{Provider} {Operation}: failed after {Attempts} attempt(s): {Message}")]
    public static partial void Failed(ILogger logger, LogLevel level, string provider, string operation, int attempts, string message);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{Provider}: rate limited; pacing paused for {PauseSeconds} s")]
    public static partial void Paused(ILogger logger, string provider, double pauseSeconds);
}
