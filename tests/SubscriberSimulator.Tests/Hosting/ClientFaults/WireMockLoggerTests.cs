using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SubscriberSimulator.Hosting;
using SubscriberSimulator.Tests.Support;

namespace SubscriberSimulator.Tests.Hosting.ClientFaults;

/// <summary>
/// WireMock.Net's errors about a client's fault (bad framing, a client that went away) are logged at
/// Information with the reason only; its errors about anything else stay Errors with their exception.
/// </summary>
public sealed class WireMockLoggerTests
{
    [Fact]
    public void Bad_framing_reported_by_WireMock_is_information_without_a_stack_trace()
    {
        var (logger, logs) = Create(requestAborted: false);

        logger.Error("HttpStatusCode set to 500 {0}", Thrown(new BadHttpRequestException("Bad chunk size data.")));

        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("Bad chunk size data.", entry.Message, StringComparison.Ordinal);
        Assert.False(entry.IsAlarm, entry.Message);
    }

    [Fact]
    public void An_error_WireMock_formats_itself_for_a_request_whose_client_has_gone_keeps_only_its_first_line()
    {
        var (logger, logs) = Create(requestAborted: true);

        logger.Error($"Providing a Response for Mapping 'x' failed. HttpStatusCode set to 500. Exception: {Thrown(new OperationCanceledException())}");
        logger.Error("Writing the response failed", Thrown(new IOException("Broken pipe")));

        Assert.Equal(2, logs.Entries.Count);
        Assert.All(logs.Entries, entry => Assert.False(entry.IsAlarm, entry.Message));
    }

    [Fact]
    public void Other_errors_stay_errors_with_their_exception()
    {
        var (logger, logs) = Create(requestAborted: false);

        logger.Error("Saving a mapping failed", Thrown(new IOException("Disk full")));
        logger.Error("HttpStatusCode set to 500 {0}", Thrown(new InvalidOperationException("a simulator bug")));

        Assert.Equal(2, logs.Entries.Count);
        Assert.All(logs.Entries, entry => Assert.Equal(LogLevel.Error, entry.Level));
        Assert.NotNull(logs.Entries.First().Exception);
    }

    private static (WireMockLogger Logger, RecordedLogs Logs) Create(bool requestAborted)
    {
        var logs = new RecordedLogs();
        var factory = LoggerFactory.Create(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var context = new DefaultHttpContext();
        if (requestAborted)
        {
            var aborted = new CancellationTokenSource();
            aborted.Cancel();
            context.RequestAborted = aborted.Token;
        }

        return (new WireMockLogger(factory, new HttpContextAccessor { HttpContext = context }), logs);
    }

    /// <summary>The exception with a stack trace, as WireMock.Net gets it.</summary>
    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
