using System.Globalization;
using WireMock.Admin.Requests;
using WireMock.Logging;

namespace SubscriberSimulator.Hosting;

/// <summary>
/// WireMock.Net's log into the simulator's logging (WireMock.Net writes to the console by default).
/// Its per-request dumps are dropped: they hold credentials, phone numbers and emails, and the
/// journal has them. Its warnings are about single requests (no mapping matched, a response broken
/// by a fault), so they are Information; its errors stay errors, except those a client caused (bad
/// framing, or a client that went away while its request was served): those are Information with
/// the reason only, never a stack trace, so no client can fill the log.
/// </summary>
internal sealed partial class WireMockLogger : IWireMockLogger
{
    /// <summary>The log category: WireMock.Net is the simulator's host, so its lines are the simulator's.</summary>
    public const string Category = "SubscriberSimulator.WireMock";

    private readonly ILogger _logger;
    private readonly IHttpContextAccessor _http;

    /// <param name="http">The request WireMock.Net is serving when it logs, to tell a client's fault from the simulator's.</param>
    public WireMockLogger(ILoggerFactory loggerFactory, IHttpContextAccessor http)
    {
        _logger = loggerFactory.CreateLogger(Category);
        _http = http;
    }

    public void Debug(string formatString, params object[] args) => Log(LogLevel.Debug, formatString, args);

    public void Info(string formatString, params object[] args) => Log(LogLevel.Information, formatString, args);

    public void Warn(string formatString, params object[] args) => Log(LogLevel.Information, formatString, args);

    public void Error(string formatString, params object[] args)
    {
        if (args.OfType<Exception>().FirstOrDefault(IsClientFault) is { } fault)
        {
            Log(LogLevel.Information, "{0} (client fault: {1})", [formatString.Split("{0}")[0].TrimEnd(), Reason(fault)]);
            return;
        }

        if (args.Length == 0 && RequestAborted.IsCancellationRequested)
        {
            // A message WireMock.Net formatted itself, exception text included, for a request whose
            // client has gone: its first line says what happened; the stack trace is noise.
            Log(LogLevel.Information, "{0} (the client had gone)", [FirstLine(formatString)]);
            return;
        }

        Log(LogLevel.Error, formatString, args);
    }

    public void Error(string message, Exception exception)
    {
        if (IsClientFault(exception))
        {
            Log(LogLevel.Information, "{0} (client fault: {1})", [message, Reason(exception)]);
            return;
        }

        LogError(_logger, exception, message);
    }

    public void DebugRequestResponse(LogEntryModel logEntryModel, bool isAdminRequest)
    {
    }

    private CancellationToken RequestAborted => _http.HttpContext?.RequestAborted ?? CancellationToken.None;

    private static string Reason(Exception exception) => exception.GetType().Name + ": " + FirstLine(exception.Message);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    private bool IsClientFault(Exception exception) => ClientFaults.IsClientFault(exception, RequestAborted);

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
