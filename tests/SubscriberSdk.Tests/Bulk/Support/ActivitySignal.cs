namespace SubscriberSdk.Tests.Bulk.Support;

/// <summary>Pulsed whenever the system under test does something observable (a request starts or ends, progress is reported).</summary>
internal sealed class ActivitySignal
{
    private readonly SemaphoreSlim _pulses = new(0, int.MaxValue);

    public void Pulse() => _pulses.Release();

    /// <summary>True when something happened within <paramref name="window"/> of real time.</summary>
    public async Task<bool> WaitForActivityAsync(TimeSpan window)
    {
        var any = await _pulses.WaitAsync(window).ConfigureAwait(false);
        while (_pulses.CurrentCount > 0 && await _pulses.WaitAsync(0).ConfigureAwait(false))
        {
            // Drain the backlog: one quiet window after the last pulse is what counts.
        }

        return any;
    }
}
