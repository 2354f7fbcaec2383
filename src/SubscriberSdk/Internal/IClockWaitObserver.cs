namespace SubscriberSdk.Internal;

/// <summary>
/// Implemented by a test clock that must know when the SDK is blocked on it. Why a hook: a bulk run on a
/// fake clock only moves when the test moves the clock, and the test may move it only once every worker
/// is waiting on it (a pacing window, a server's reset, a retry delay, a poll interval); guessing that
/// from real-time quiet periods made those tests load-sensitive. Production clocks do not implement it,
/// so each wait costs one type check.
/// </summary>
internal interface IClockWaitObserver
{
    /// <summary>A unit of work (a bulk worker) started; dispose the result when it ends.</summary>
    IDisposable Working();

    /// <summary>The caller is blocked until <paramref name="release"/> completes (the clock completes it); dispose the result once resumed.</summary>
    IDisposable Waiting(Task release);

    /// <summary>
    /// The caller is about to be blocked on the next timer its own flow creates inside a library (Polly's
    /// retry delay, created right after <c>OnRetry</c>); dispose the result once resumed.
    /// </summary>
    IDisposable WaitingOnNextTimer();
}
