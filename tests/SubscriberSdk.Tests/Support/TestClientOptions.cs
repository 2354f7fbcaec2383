using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Tests.Support;

/// <summary>Options for pipeline tests: any provider profile, a per-test credential, exact delays (no jitter: 1 s, 2 s, 4 s, ...).</summary>
internal sealed class TestClientOptions : SubscriberClientOptions
{
    private readonly ProviderProfile _profile;

    public TestClientOptions(ProviderProfile? profile = null, string? credential = null)
    {
        _profile = profile ?? ProviderProfile.MobileTextAlerts;
        Credential = credential ?? Guid.NewGuid().ToString("N");
        Retry.UseJitter = false;
        CircuitBreaker.Enabled = false;
    }

    public string Credential { get; }

    public PacingOptions SubscribePacing { get; set; } = PacingOptions.Disabled();

    internal override ProviderProfile Profile => _profile;

    internal override string CredentialIdentity => Credential;

    internal override Uri DefaultBaseAddress => new("https://provider.test/api/");

    internal override PacingOptions GetPacing(string bucket) => bucket == PacingBuckets.Subscribe ? SubscribePacing : Pacing;
}
