using System.Diagnostics;
using System.Globalization;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// The outermost handler, in front of the resilience handler: it prepares the logical request (policy,
/// idempotency key, a snapshot every attempt is copied from, the pacer it draws from), traces it, and turns
/// every failure into the SDK's exceptions, so callers never see Kiota's or Polly's.
/// </summary>
internal sealed class SubscriberPipelineHandler(PipelineSettings settings, PipelineTelemetry telemetry, PacerRegistry pacers) : DelegatingHandler
{
    private ProviderProfile Profile => settings.Profile;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var option = PipelineRequestOption.From(request);
        var policy = option?.Policy ?? new OperationPolicy(request.Method.Method.ToLowerInvariant());
        if (option is { IdempotencyKey: { } key, IdempotencyHeader: { } header })
        {
            request.Headers.Remove(header);
            request.Headers.TryAddWithoutValidation(header, key);
        }

        using var activity = telemetry.StartActivity(policy, request.Method);
        var snapshot = await RequestSnapshot.CaptureAsync(request, cancellationToken).ConfigureAwait(false);
        var pacer = pacers.Get(Profile, settings.Credential, policy.PacingBucket, settings.PacingFor(policy.PacingBucket), settings.TimeProvider);
        var state = new AttemptState(snapshot, policy, request.Method, pacer);
        state.AttachTo(request);

        var response = await SendThroughStrategiesAsync(state, request, cancellationToken, activity).ConfigureAwait(false);
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
            if (option is not null)
            {
                option.ResponseHeaders = ResponseHeaderReader.Read(response);
            }

            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var retryAfter = ServerRetryHint.Read(response, Profile, settings.TimeProvider.GetUtcNow());
            throw telemetry.Failed(ApiErrorFactory.FromResponse(Profile, policy.Name, response, body, state.Attempts, retryAfter), activity, request.Method);
        }
    }

    private async Task<HttpResponseMessage> SendThroughStrategiesAsync(AttemptState state, HttpRequestMessage request, CancellationToken cancellationToken, Activity? activity)
    {
        var name = state.Policy.Name;
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException e)
        {
            throw telemetry.Failed(ApiErrorFactory.FromFailure(Profile, name, e, state.Attempts,
                $"it timed out (attempt timeout {Seconds(settings.AttemptTimeout)} s, total timeout {Seconds(settings.Timeout)} s){EarlierFailure(state, request.RequestUri)}."), activity);
        }
        catch (BrokenCircuitException e)
        {
            throw telemetry.Failed(ApiErrorFactory.FromFailure(Profile, name, e, state.Attempts,
                "the circuit breaker is open after repeated server errors or timeouts, so the request was not sent."), activity);
        }
        catch (HttpRequestException e)
        {
            throw telemetry.Failed(ApiErrorFactory.FromFailure(Profile, name, e, state.Attempts,
                TransportFailureText.Describe(e, request.RequestUri)), activity);
        }
        catch (RateLimiterRejectedException e)
        {
            throw telemetry.Failed(ApiErrorFactory.PacingQueueFull(Profile, name, e), activity);
        }
        finally
        {
            state.EndRetryWait();
        }
    }

    // A timeout that ends a run of failed connections is reported with what the last one said: a server
    // that refuses every attempt must not read as a slow one.
    private static string EarlierFailure(AttemptState state, Uri? address) =>
        state.LastTransportFailure is { } failure ? $"; before that, {TransportFailureText.Describe(failure, address).TrimEnd('.')}" : string.Empty;

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
