namespace SubscriberSdk.Http.Internal;

/// <summary>
/// A frozen copy of the options the pipeline uses, taken when a client is built, so later changes to an
/// options object never alter a live client (clients are immutable).
/// </summary>
internal sealed class PipelineSettings
{
    private static readonly string[] KnownBuckets =
    [
        PacingBuckets.Default, PacingBuckets.Subscribe, PacingBuckets.Unsubscribe, PacingBuckets.Identity, PacingBuckets.BulkJobs,
        PacingBuckets.General, PacingBuckets.GroupBulk, PacingBuckets.Send,
    ];

    public PipelineSettings(SubscriberClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Profile = options.Profile;
        Credential = options.CredentialIdentity;
        Timeout = options.Timeout;
        AttemptTimeout = options.AttemptTimeout;
        HasExplicitAttemptTimeout = options.HasExplicitAttemptTimeout;
        Retry = options.Retry.Clone();
        CircuitBreaker = options.CircuitBreaker.Clone();
        TimeProvider = options.TimeProvider;
        Pacing = KnownBuckets.ToDictionary(b => b, b => options.GetPacing(b).Clone(), StringComparer.Ordinal);
    }

    public ProviderProfile Profile { get; }

    public string Credential { get; }

    public TimeSpan Timeout { get; }

    public TimeSpan AttemptTimeout { get; }

    /// <summary>False when <see cref="AttemptTimeout"/> was derived from <see cref="Timeout"/>, so it may follow a changed total timeout.</summary>
    public bool HasExplicitAttemptTimeout { get; }

    public RetryOptions Retry { get; }

    public CircuitBreakerOptions CircuitBreaker { get; }

    public TimeProvider TimeProvider { get; }

    public IReadOnlyDictionary<string, PacingOptions> Pacing { get; }

    public PacingOptions PacingFor(string bucket) =>
        Pacing.TryGetValue(bucket, out var pacing) ? pacing : Pacing[PacingBuckets.Default];
}
