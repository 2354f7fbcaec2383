using System.Net;
using Microsoft.Extensions.Logging;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Tests.Support;

namespace SubscriberSdk.Tests.Http.Internal;

/// <summary>Levels a healthy application can leave on: routine waits are Debug, answers callers handle are not warnings.</summary>
public sealed class LogLevelTests
{
    [Fact]
    public async Task A_pacing_wait_under_a_second_is_Debug()
    {
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var options = new TestClientOptions(ProviderProfile.Attentive) { Pacing = PacingOptions.PerWindow(1, TimeSpan.FromMilliseconds(500)) };
        using var harness = new PipelineHarness(options, loggerFactory: factory);

        using var first = await harness.Send(HttpMethod.Get).Bounded();
        var second = harness.Send(HttpMethod.Get);
        harness.Time.Advance(TimeSpan.FromMilliseconds(500));
        using var response = await second.Bounded();

        var waited = Assert.Single(logs.Lines, line => line.Contains("waited", StringComparison.Ordinal));
        Assert.StartsWith("Debug:", waited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(405, "POST")]
    [InlineData(412, "POST")]
    [InlineData(404, "GET")]
    public async Task An_answer_the_caller_handles_is_not_a_warning(int status, string method) =>
        Assert.StartsWith("Information:", await FailureLogLine(status, method), StringComparison.Ordinal);

    [Theory]
    [InlineData(400, "POST")]
    [InlineData(404, "DELETE")]
    public async Task A_failure_the_caller_did_not_expect_stays_a_warning(int status, string method) =>
        Assert.StartsWith("Warning:", await FailureLogLine(status, method), StringComparison.Ordinal);

    private static async Task<string> FailureLogLine(int status, string method)
    {
        using var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        using var harness = new PipelineHarness(new TestClientOptions(ProviderProfile.Essential), loggerFactory: factory);
        harness.Transport.Otherwise((HttpStatusCode)status, $"{{\"status\":{status},\"message\":\"An answer\"}}");

        await Assert.ThrowsAnyAsync<SubscriberApiException>(() => harness.Send(new HttpMethod(method), body: method == "GET" ? null : "{}").Bounded());

        return Assert.Single(logs.Lines, line => line.Contains("failed after", StringComparison.Ordinal));
    }
}
