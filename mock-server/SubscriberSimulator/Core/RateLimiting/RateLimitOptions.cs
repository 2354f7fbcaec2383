namespace SubscriberSimulator.Core.RateLimiting;

/// <summary>
/// Rate-limit policies keyed by provider and bucket. A bucket with no entry falls back to the
/// provider's "*" entry; with neither it is unlimited. An empty rule list means "no limit".
/// Defaults are the documented limits (<see cref="RateLimitDefaults"/>).
/// </summary>
public sealed class RateLimitOptions
{
    private readonly Dictionary<string, RateLimitRule[]> _policies = new(StringComparer.OrdinalIgnoreCase);

    public RateLimitOptions()
    {
        RateLimitDefaults.Apply(this);
    }

    /// <summary>Switches every limit off (e.g. for throughput benchmarks).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bucket name that matches any bucket of a provider without its own entry.</summary>
    public const string AnyBucket = "*";

    /// <summary>Replaces the rules of one bucket; all rules must allow a request.</summary>
    public RateLimitOptions Set(string provider, string bucket, params RateLimitRule[] rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(bucket);
        ArgumentNullException.ThrowIfNull(rules);
        _policies[Key(provider, bucket)] = (RateLimitRule[])rules.Clone();
        return this;
    }

    /// <summary>Removes the limit of one bucket (it becomes unlimited, not the provider's "*").</summary>
    public RateLimitOptions Disable(string provider, string bucket) => Set(provider, bucket);

    /// <summary>Removes every limit of a provider.</summary>
    public RateLimitOptions DisableProvider(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        var prefix = provider + "/";
        foreach (var key in _policies.Keys.ToArray())
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                _policies.Remove(key);
            }
        }

        return this;
    }

    /// <summary>The rules for a bucket (exact entry, then the provider's "*"), or empty.</summary>
    public IReadOnlyList<RateLimitRule> Resolve(string provider, string bucket)
    {
        if (_policies.TryGetValue(Key(provider, bucket), out var rules) || _policies.TryGetValue(Key(provider, AnyBucket), out rules))
        {
            return rules;
        }

        return Array.Empty<RateLimitRule>();
    }

    /// <summary>All configured entries as "provider/bucket" keys, for display.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RateLimitRule>> Policies =>
        _policies.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<RateLimitRule>)pair.Value, StringComparer.OrdinalIgnoreCase);

    private static string Key(string provider, string bucket) => provider + "/" + bucket;
}
