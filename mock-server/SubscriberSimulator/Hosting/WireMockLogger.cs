using System.Globalization;
using WireMock.Admin.Requests;
using WireMock.Logging;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// WireMock.Net's log into the simulator's logging (WireMock.Net writes to the console by default).
/// Its per-request dumps are dropped: they hold credentials, phone numbers and emails, and the
/// journal has them. Its warnings are about single requests (no mapping matched, a response broken
/// by a fault), so they are Information; its errors stay errors.
/// </summary>
internal sealed partial class WireMockLogger : IWireMockLogger
{
    /// <summary>The log category: WireMock.Net is the simulator's host, so its lines are the simulator's.</summary>
    public const string Category = "SubscriberSimulator.WireMock";

    private readonly ILogger _logger;

    public WireMockLogger(ILoggerFactory loggerFactory)
    {
        _logger = loggerFactory.CreateLogger(Category);
    }

    public void Debug(string formatString, params object[] args) => Log(LogLevel.Debug, formatString, args);

    public void Info(string formatString, params object[] args) => Log(LogLevel.Information, formatString, args);

    public void Warn(string formatString, params object[] args) => Log(LogLevel.Information, formatString, args);

    public void Error(string formatString, params object[] args) => Log(LogLevel.Error, formatString, args);

    public void Error(string message, Exception exception) => LogError(_logger, exception, message);

    public void DebugRequestResponse(LogEntryModel logEntryModel, bool isAdminRequest)
    {
    }

    private void Log(LogLevel level, string formatString, object[] args)
    {
        if (_logger.IsEnabled(level))
        {
            LogMessage(_logger, level, args.Length == 0 ? formatString : string.Format(CultureInfo.InvariantCulture, formatString, args));
        }
    }

    [LoggerMessage(Message = "{Message}")]
    private static partial void LogMessage(ILogger logger, LogLevel level, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Message}")]
    private static partial void LogError(ILogger logger, Exception exception, string message);
}
