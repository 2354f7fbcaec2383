namespace SubscriberSdk.Http.Internal;

/// <summary>
/// Sends one attempt, inside the resilience strategies and the attempt timeout, in front of Kiota's
/// handlers: a fresh copy of the logical request (same body, headers and idempotency key), its body read
/// before the attempt ends, and the server's requested wait noted for the next attempt and, after a 429,
/// for every request paced with this one.
/// </summary>
internal sealed class AttemptHandler(PipelineSettings settings, PipelineTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (AttemptState.From(request) is not { } state)
        {
            // Not a request of the SDK's outer handler (someone rebuilt the chain): pass it through.
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        state.Attempts++;
        var message = state.Snapshot.CreateAttempt();
        HttpResponseMessage response;
        try
        {
            response = await SendAndReadAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            state.LastTransportFailure = e;
            throw;
        }

        var status = (int)response.StatusCode;
        telemetry.AttemptCompleted(state, message, status);

        var now = settings.TimeProvider.GetUtcNow();
        state.LastServerHint = ServerRetryHint.Read(response, settings.Profile, now);
        if (state.LastServerHint is { } hint)
        {
            state.NotBefore = now + hint;
            if (status == 429 && state.Pacer is { } pacer)
            {
                // Every request on this credential waits for the server's reset, not just this one.
                pacer.PauseUntil(now + hint);
                telemetry.Paused(hint);
            }
        }

        return response;
    }

    private async Task<HttpResponseMessage> SendAndReadAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(message, cancellationToken).ConfigureAwait(false);

            // Read the body inside the attempt: a connection that breaks mid-body is then a failed,
            // retryable attempt under the attempt timeout, not an error while Kiota deserializes.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
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
}
