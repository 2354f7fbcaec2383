using System.Threading.RateLimiting;
using Polly;
using Polly.RateLimiting;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Http.Internal;

/// <summary>
/// What the pipeline's rate-limiter strategy calls before each attempt: first the wait the server asked
/// for (its Retry-After / RateLimit-Reset on the previous attempt; a retry's own backoff has already run, so
/// the attempt leaves at the later of the two), then a permit from the pacer of the request's
/// (provider, credential, bucket), which a 429 pauses until the server's reset.
/// </summary>
internal sealed class AttemptPacing(TimeProvider time, PipelineTelemetry telemetry)
{
    public async ValueTask<RateLimitLease> AcquireAsync(RateLimiterArguments args)
    {
        var state = AttemptState.From(args.Context.GetRequestMessage());
        if (state is null)
        {
            return PacingLease.Acquired;
        }

        state.EndRetryWait();
        var cancellationToken = args.Context.CancellationToken;
        var started = time.GetTimestamp();
        await ClockWaits.DelayUntilAsync(state.NotBefore, time, cancellationToken).ConfigureAwait(false);
        var lease = state.Pacer is { } pacer ? await pacer.AcquireAsync(cancellationToken).ConfigureAwait(false) : PacingLease.Acquired;
        var waited = time.GetElapsedTime(started);
        if (lease.IsAcquired && waited > TimeSpan.Zero)
        {
            telemetry.Throttled(state, waited);
        }

        return lease;
    }
}
