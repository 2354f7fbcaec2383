namespace SubscriberSdk;

/// <summary>
/// Client-side pacing: a sliding-window limit that every attempt (retries included) must pass before
/// it is sent. Limiters are shared per provider and credential across every client in the process,
/// so two clients with the same key never exceed the provider's quota together.
/// </summary>
public sealed class PacingOptions
{
    /// <summary>Whether requests are paced at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>Requests allowed in any <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 1;

    /// <summary>The sliding window the <see cref="PermitLimit"/> applies to.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Segments the window slides by; more segments give back permits sooner. Default 10.</summary>
    public int SegmentsPerWindow { get; set; } = 10;

    /// <summary>An optional second, shorter limit for bursts (Sequenzy: 20 per second within 100 per minute).</summary>
    public int? BurstPermitLimit { get; set; }

    /// <summary>The window of <see cref="BurstPermitLimit"/>. Default 1 second.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests that may wait for a permit at once; more fail with <see cref="RateLimitedException"/>. Default 10,000.</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>Pacing that lets everything through at once.</summary>
    public static PacingOptions Disabled() => new() { Enabled = false };

    /// <summary>Pacing at <paramref name="permitLimit"/> requests per <paramref name="window"/>.</summary>
    public static PacingOptions PerWindow(int permitLimit, TimeSpan window, int segmentsPerWindow = 10) =>
        new() { Enabled = true, PermitLimit = permitLimit, Window = window, SegmentsPerWindow = segmentsPerWindow };

    internal string Signature =>
        $"{Enabled}|{PermitLimit}|{Window.Ticks}|{SegmentsPerWindow}|{BurstPermitLimit}|{BurstWindow.Ticks}|{QueueLimit}";

    internal void Validate(string name)
    {
        if (!Enabled)
        {
            return;
        }

        if (PermitLimit < 1 || Window <= TimeSpan.Zero || SegmentsPerWindow < 1)
        {
            throw new ArgumentOutOfRangeException(name, $"{name} needs PermitLimit >= 1, a positive Window and SegmentsPerWindow >= 1 (got {PermitLimit} per {Window}, {SegmentsPerWindow} segments).");
        }

        if (BurstPermitLimit is < 1 || (BurstPermitLimit is not null && BurstWindow <= TimeSpan.Zero))
        {
            throw new ArgumentOutOfRangeException(name, $"{name}.BurstPermitLimit must be at least 1 with a positive BurstWindow.");
        }

        if (QueueLimit < 0)
        {
            throw new ArgumentOutOfRangeException(name, $"{name}.QueueLimit must be zero or more.");
        }
    }

    internal PacingOptions Clone() => (PacingOptions)MemberwiseClone();
}
