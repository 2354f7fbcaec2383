using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// The pipeline's logs, metrics and traces for one client: every layer reports through it, so names and
/// tags agree. Paths are masked and no header value is ever logged.
/// </summary>
internal sealed class PipelineTelemetry(ProviderProfile profile, ILogger? logger, TimeProvider time)
{
    // Pacing spreads requests over the window by design; waits shorter than this are routine, not news.
    private static readonly TimeSpan NotableWait = TimeSpan.FromSeconds(1);

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public Activity? StartActivity(OperationPolicy policy, HttpMethod method)
    {
        var activity = SdkInstrumentation.ActivitySource.StartActivity($"{profile.DisplayName} {policy.Name}", ActivityKind.Client);
        activity?.SetTag("subscriber_sdk.provider", profile.Id);
        activity?.SetTag("subscriber_sdk.operation", policy.Name);
        activity?.SetTag("http.request.method", method.Method);
        return activity;
    }

    // Runs on every attempt: the tags and the masked path (a regex pass) are built only when someone listens.
    public void AttemptCompleted(AttemptState state, HttpRequestMessage message, int status)
    {
        if (SdkInstrumentation.Requests.Enabled)
        {
            SdkInstrumentation.Requests.Add(1, [.. Tags(state.Policy), new("http.response.status_code", status)]);
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            PipelineLog.AttemptCompleted(_logger, profile.DisplayName, state.Policy.Name, state.Method.Method,
                SensitiveDataMasker.MaskUri(message.RequestUri), state.Attempts, status);
        }
    }

    /// <summary>The retry strategy's <c>OnRetry</c>: count, log, and report the coming delay to a test clock.</summary>
    public ValueTask OnRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        var state = AttemptState.From(args.Context.GetRequestMessage());
        var operation = state?.Policy.Name ?? string.Empty;
        SdkInstrumentation.Retries.Add(1, Tags(operation));
        var reason = args.Outcome.Exception is { } e ? e.GetType().Name : $"HTTP {(int)args.Outcome.Result!.StatusCode}";
        PipelineLog.RetryScheduled(_logger, profile.DisplayName, operation, args.AttemptNumber + 1, args.RetryDelay.TotalSeconds, reason);
        if (state is not null && args.RetryDelay > TimeSpan.Zero)
        {
            state.BeginRetryWait(ClockWaits.WaitingOnNextTimer(time));
        }

        return default;
    }

    public void Throttled(AttemptState state, TimeSpan waited)
    {
        var tags = Tags(state.Policy);
        SdkInstrumentation.ThrottledWaits.Add(1, tags);
        SdkInstrumentation.ThrottledWaitDuration.Record(waited.TotalSeconds, tags);
        var level = waited < NotableWait ? LogLevel.Debug : LogLevel.Information;
        PipelineLog.Throttled(_logger, level, profile.DisplayName, state.Policy.Name, waited.TotalSeconds);
    }

    public void Paused(TimeSpan pause) => PipelineLog.Paused(_logger, profile.DisplayName, pause.TotalSeconds);

    public SubscriberApiException Failed(SubscriberApiException error, Activity? activity, HttpMethod? method = null)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        var level = ExpectedOutcome.IsHandledByCallers(error, method) ? LogLevel.Information : LogLevel.Warning;
        PipelineLog.Failed(_logger, level, profile.DisplayName, error.Details.Operation ?? string.Empty, error.Details.Attempts, error.Message);
        return error;
    }

    private KeyValuePair<string, object?>[] Tags(OperationPolicy policy) => Tags(policy.Name);

    private KeyValuePair<string, object?>[] Tags(string operation) =>
        [new("subscriber_sdk.provider", profile.Id), new("subscriber_sdk.operation", operation)];
}
