using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// The one request pipeline, as the outermost handler in front of Kiota's handlers:
/// total timeout -> retry -> circuit breaker -> pacer -> attempt timeout -> inner handlers.
/// It turns every failure into the SDK's exceptions, so callers never see Kiota's or Polly's.
/// </summary>
internal sealed class SubscriberPipelineHandler : DelegatingHandler
{
    private readonly PipelineSettings _settings;
    private readonly PacerRegistry _pacers;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _outer;
    private readonly ResiliencePipeline _attemptTimeout;

    public SubscriberPipelineHandler(PipelineSettings settings, ILogger? logger = null, PacerRegistry? pacers = null)
    {
        _settings = settings;
        _pacers = pacers ?? PacerRegistry.Shared;
        _logger = logger ?? NullLogger.Instance;
        _outer = ResiliencePipelineFactory.CreateOuter(settings, OnRetry);
        _attemptTimeout = ResiliencePipelineFactory.CreateAttemptTimeout(settings);
    }

    private ProviderProfile Profile => _settings.Profile;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var option = PipelineRequestOption.From(request);
        var policy = option?.Policy ?? new OperationPolicy(request.Method.Method.ToLowerInvariant());
        if (option is { IdempotencyKey: { } key, IdempotencyHeader: { } header })
        {
            request.Headers.Remove(header);
            request.Headers.TryAddWithoutValidation(header, key);
        }

        using var activity = SdkInstrumentation.ActivitySource.StartActivity($"{Profile.DisplayName} {policy.Name}", ActivityKind.Client);
        activity?.SetTag("subscriber_sdk.provider", Profile.Id);
        activity?.SetTag("subscriber_sdk.operation", policy.Name);
        activity?.SetTag("http.request.method", request.Method.Method);

        var snapshot = await RequestSnapshot.CaptureAsync(request, cancellationToken).ConfigureAwait(false);
        var pacer = _pacers.Get(Profile, _settings.Credential, policy.PacingBucket, _settings.PacingFor(policy.PacingBucket), _settings.TimeProvider);
        var state = new AttemptState(snapshot, policy, request.Method, pacer);

        var response = await ExecuteAsync(state, request, cancellationToken, activity).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        activity?.SetTag("http.response.status_code", status);
        activity?.SetTag("subscriber_sdk.attempts", state.Attempts);
        if (option is not null)
        {
            option.StatusCode = status;
            option.RequestId = ResponseHeaderReader.RequestId(response);
            option.Attempts = state.Attempts;
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var retryAfter = ServerRetryHint.Read(response, Profile, _settings.TimeProvider.GetUtcNow());
            var error = ApiErrorFactory.FromResponse(Profile, policy.Name, response, body, state.Attempts, retryAfter);
            throw Fail(error, activity);
        }
    }

    private async Task<HttpResponseMessage> ExecuteAsync(AttemptState state, HttpRequestMessage request, CancellationToken cancellationToken, Activity? activity)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ResiliencePipelineFactory.StateKey, state);
        var name = state.Policy.Name;
        try
        {
            return await _outer.ExecuteAsync(static (ctx, s) => s.Handler.AttemptAsync(ctx, s.State), context, (Handler: this, State: state))
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException e)
        {
            throw Fail(ApiErrorFactory.FromFailure(Profile, name, e, state.Attempts,
                $"it timed out (attempt timeout {Seconds(_settings.AttemptTimeout)} s, total timeout {Seconds(_settings.Timeout)} s)."), activity);
        }
        catch (BrokenCircuitException e)
        {
            throw Fail(ApiErrorFactory.FromFailure(Profile, name, e, state.Attempts,
                "the circuit breaker is open after repeated server errors or timeouts, so the request was not sent."), activity);
        }
        catch (HttpRequestException e)
        {
            throw Fail(ApiErrorFactory.FromFailure(Profile, name, e, state.Attempts,
                $"the connection to {request.RequestUri?.Host} failed ({e.HttpRequestError})."), activity);
        }
        catch (PacingQueueFullException e)
        {
            throw Fail(ApiErrorFactory.PacingQueueFull(Profile, name, e), activity);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> AttemptAsync(ResilienceContext context, AttemptState state)
    {
        state.Attempts++;
        state.LastServerHint = null;
        if (state.Pacer is { } pacer)
        {
            var waited = await pacer.WaitAsync(context.CancellationToken).ConfigureAwait(false);
            if (waited > TimeSpan.Zero)
            {
                var tags = Tags(state);
                SdkInstrumentation.ThrottledWaits.Add(1, tags);
                SdkInstrumentation.ThrottledWaitDuration.Record(waited.TotalSeconds, tags);
                PipelineLog.Throttled(_logger, Profile.DisplayName, state.Policy.Name, waited.TotalSeconds);
            }
        }

        var message = state.Snapshot.CreateAttempt();
        var response = await _attemptTimeout.ExecuteAsync(
            static (s, token) => new ValueTask<HttpResponseMessage>(s.Handler.SendInnerAsync(s.Message, token)),
            (Handler: this, Message: message),
            context.CancellationToken).ConfigureAwait(false);

        var status = (int)response.StatusCode;
        SdkInstrumentation.Requests.Add(1, [.. Tags(state), new("http.response.status_code", status)]);
        PipelineLog.AttemptCompleted(_logger, Profile.DisplayName, state.Policy.Name, state.Method.Method,
            SensitiveDataMasker.MaskUri(message.RequestUri), state.Attempts, status);

        state.LastServerHint = ServerRetryHint.Read(response, Profile, _settings.TimeProvider.GetUtcNow());
        if (status == 429 && state.LastServerHint is { } hint && state.Pacer is { } throttled)
        {
            // Every request on this credential waits for the server's reset, not just this one.
            throttled.PauseUntil(_settings.TimeProvider.GetUtcNow() + hint);
            PipelineLog.Paused(_logger, Profile.DisplayName, hint.TotalSeconds);
        }

        return response;
    }

    private async Task<HttpResponseMessage> SendInnerAsync(HttpRequestMessage message, CancellationToken token)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(message, token).ConfigureAwait(false);

            // Read the body inside the attempt: a connection that breaks mid-body is then a failed,
            // retryable attempt under the attempt timeout, not an error while Kiota deserializes.
            await response.Content.LoadIntoBufferAsync(token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException e) when (!token.IsCancellationRequested)
        {
            // Nobody cancelled: the transport aborted the exchange (in-memory hosts report a dropped
            // connection this way). Treat it like any other connection failure.
            response?.Dispose();
            throw new HttpRequestException(HttpRequestError.ConnectionError, "The connection was aborted before the response was complete.", e);
        }
        catch (IOException e)
        {
            response?.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection broke while the response was being read.", e);
        }
        catch
        {
            response?.Dispose();
            throw;
        }
    }

    private void OnRetry(OnRetryArguments<HttpResponseMessage> args, AttemptState state)
    {
        SdkInstrumentation.Retries.Add(1, Tags(state));
        var reason = args.Outcome.Exception is { } e
            ? e.GetType().Name
            : $"HTTP {(int)args.Outcome.Result!.StatusCode}";
        PipelineLog.RetryScheduled(_logger, Profile.DisplayName, state.Policy.Name, args.AttemptNumber + 1, args.RetryDelay.TotalSeconds, reason);
    }

    private Exception Fail(SubscriberApiException error, Activity? activity)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        PipelineLog.Failed(_logger, Profile.DisplayName, error.Details.Operation ?? string.Empty, error.Details.Attempts, error.Message);
        return error;
    }

    private KeyValuePair<string, object?>[] Tags(AttemptState state) =>
        [new("subscriber_sdk.provider", Profile.Id), new("subscriber_sdk.operation", state.Policy.Name)];

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
