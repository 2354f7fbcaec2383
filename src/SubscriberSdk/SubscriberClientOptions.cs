using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SubscriberSdk.Http.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk;

/// <summary>
/// Settings every provider client shares: where to send requests, how long to wait, how to retry and
/// pace, and which clock to use. Each provider's options class adds its credentials and its default limits.
/// Options are read when a client is created; changing them afterwards does not affect that client.
/// </summary>
public abstract class SubscriberClientOptions
{
    /// <summary>The attempt timeout when none is set and <see cref="Timeout"/> is longer.</summary>
    internal static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    // The resilience library's timeout strategies accept 10 ms to 1 day.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaximumTimeout = TimeSpan.FromDays(1);

    private TimeSpan? _attemptTimeout;
    private TimeProvider? _timeProvider;

    /// <summary>The provider's API root, e.g. a simulator address in tests. Null means the provider's production URL.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Budget for one call including every retry and pacing wait, 10 ms to 1 day. Default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Budget for one attempt, counted from when it leaves the pacer; no longer than <see cref="Timeout"/>.
    /// Unset, it is 30 seconds or <see cref="Timeout"/>, whichever is shorter, so setting only
    /// <see cref="Timeout"/> is enough.
    /// </summary>
    public TimeSpan AttemptTimeout
    {
        get => _attemptTimeout ?? (Timeout < DefaultAttemptTimeout ? Timeout : DefaultAttemptTimeout);
        set => _attemptTimeout = value;
    }

    /// <summary>The retry layer.</summary>
    public RetryOptions Retry { get; set; } = new();

    /// <summary>The circuit breaker.</summary>
    public CircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Client-side pacing for the provider's general limit (providers set their documented default).</summary>
    public PacingOptions Pacing { get; set; } = PacingOptions.Disabled();

    /// <summary>
    /// The clock behind every timeout, delay and pacing window. Tests pass a fake one. Unset (or null), it is
    /// the container's <see cref="System.TimeProvider"/> with dependency injection, else the system clock.
    /// </summary>
    [AllowNull]
    public TimeProvider TimeProvider
    {
        get => _timeProvider ?? TimeProvider.System;
        set => _timeProvider = value;
    }

    /// <summary>
    /// The innermost handler (for example the simulator's in-memory handler). Null means a
    /// <see cref="SocketsHttpHandler"/> with a bounded connection lifetime. With dependency injection it
    /// becomes the named client's primary handler.
    /// </summary>
    public HttpMessageHandler? Transport { get; set; }

    /// <summary>Where the client logs. Null means no logging, or the container's logger factory with dependency injection.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// The region phone numbers written without a country code are read in, as an ISO 3166 code that
    /// libphonenumber knows ("US", "GB", "BS"; case-insensitive). Default "US". Bulk imports through the
    /// client use it too. Numbers with a plus carry their own country; Attentive takes E.164 only and
    /// Essential US numbers only, so it does not change what those accept one call at a time.
    /// </summary>
    public string DefaultRegion { get; set; } = PhoneRegions.Default;

    /// <summary>Whether <see cref="AttemptTimeout"/> was set rather than derived from <see cref="Timeout"/>.</summary>
    internal bool HasExplicitAttemptTimeout => _attemptTimeout is not null;

    /// <summary>Whether <see cref="TimeProvider"/> was set; with dependency injection an unset one becomes the container's.</summary>
    internal bool HasExplicitTimeProvider => _timeProvider is not null;

    internal abstract ProviderProfile Profile { get; }

    /// <summary>The credential that identifies the provider account, used only to key shared limiters.</summary>
    internal abstract string CredentialIdentity { get; }

    internal abstract Uri DefaultBaseAddress { get; }

    internal Uri EffectiveBaseAddress => BaseAddress ?? DefaultBaseAddress;

    /// <summary>The pacing for a named bucket; providers with per-endpoint limits override this.</summary>
    internal virtual PacingOptions GetPacing(string bucket) => Pacing;

    /// <summary>Checks the settings and throws an exception naming the first wrong one.</summary>
    public virtual void Validate()
    {
        if (Timeout < MinimumTimeout || Timeout > MaximumTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be between 10 ms and 1 day.");
        }

        if (AttemptTimeout < MinimumTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "AttemptTimeout must be at least 10 ms.");
        }

        if (AttemptTimeout > Timeout)
        {
            throw new ArgumentOutOfRangeException(
                nameof(AttemptTimeout),
                AttemptTimeout,
                $"AttemptTimeout ({Seconds(AttemptTimeout)}) is longer than Timeout ({Seconds(Timeout)}), so the total timeout would end every attempt first. "
                + "Set AttemptTimeout no longer than Timeout, or leave AttemptTimeout unset: it then defaults to 30 s or Timeout, whichever is shorter.");
        }

        if (BaseAddress is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("BaseAddress must be an absolute URI such as https://api.example.com/v1.", nameof(BaseAddress));
        }

        if (PhoneRegions.Canonical(DefaultRegion) is null)
        {
            throw new ArgumentException(
                "DefaultRegion must be a region code libphonenumber knows, such as \"US\", \"GB\" or \"BS\" (ISO 3166 alpha-2).", nameof(DefaultRegion));
        }

        ArgumentNullException.ThrowIfNull(Retry, nameof(Retry));
        ArgumentNullException.ThrowIfNull(CircuitBreaker, nameof(CircuitBreaker));
        ArgumentNullException.ThrowIfNull(Pacing, nameof(Pacing));
        Retry.Validate();
        CircuitBreaker.Validate();
        Pacing.Validate(nameof(Pacing));
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>Throws when a required credential is missing, naming the option to set.</summary>
    protected static void RequireCredential(string? value, string optionName, string providerName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{optionName} is required to call {providerName}; set it in the client options or the configuration section.", optionName);
        }
    }
}
