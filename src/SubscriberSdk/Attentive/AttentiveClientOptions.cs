using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Attentive;

/// <summary>
/// Settings of an <see cref="AttentiveClient"/>. Pacing defaults to Attentive's documented limits: 10 per
/// second for subscribing, 5 per second for unsubscribing, 10 per second for identity resolution, 100 per
/// second for the v2 bulk jobs (submission and status together), 150 per second for everything else.
/// </summary>
public sealed class AttentiveClientOptions : SubscriberClientOptions
{
    /// <summary>The configuration section <c>AddAttentiveClient(configuration)</c> binds by default.</summary>
    public const string SectionName = "SubscriberSdk:Attentive";

    /// <summary>Creates options with the documented pacing.</summary>
    public AttentiveClientOptions()
    {
        Pacing = PacingOptions.PerWindow(150, TimeSpan.FromSeconds(1), 10);
    }

    /// <summary>A private app's API key or a public app's OAuth access token (sent as a bearer token).</summary>
    public string? AccessToken { get; set; }

    /// <summary>Pacing of <c>POST /v1/subscriptions</c>.</summary>
    public PacingOptions SubscribePacing { get; set; } = PacingOptions.PerWindow(10, TimeSpan.FromSeconds(1), 10);

    /// <summary>Pacing of <c>POST /v1/subscriptions/unsubscribe</c>.</summary>
    public PacingOptions UnsubscribePacing { get; set; } = PacingOptions.PerWindow(5, TimeSpan.FromSeconds(1), 5);

    /// <summary>Pacing of <c>POST /v1/identity-resolution/user-identifiers</c>.</summary>
    public PacingOptions IdentityPacing { get; set; } = PacingOptions.PerWindow(10, TimeSpan.FromSeconds(1), 10);

    /// <summary>
    /// Pacing of <c>POST /v2/bulk/user/attributes</c> and <c>GET /v2/bulk/job/{bulkJobId}</c>. Attentive
    /// allows 100 per second on each; the client shares one budget between them, so it never exceeds either.
    /// </summary>
    public PacingOptions BulkJobsPacing { get; set; } = PacingOptions.PerWindow(100, TimeSpan.FromSeconds(1), 10);

    internal override ProviderProfile Profile => ProviderProfile.Attentive;

    internal override string CredentialIdentity => AccessToken ?? string.Empty;

    internal override Uri DefaultBaseAddress { get; } = new("https://api.attentivemobile.com");

    internal override PacingOptions GetPacing(string bucket) => bucket switch
    {
        PacingBuckets.Subscribe => SubscribePacing,
        PacingBuckets.Unsubscribe => UnsubscribePacing,
        PacingBuckets.Identity => IdentityPacing,
        PacingBuckets.BulkJobs => BulkJobsPacing,
        _ => Pacing,
    };

    /// <inheritdoc />
    public override void Validate()
    {
        RequireCredential(AccessToken, nameof(AccessToken), "Attentive");
        base.Validate();
        ArgumentNullException.ThrowIfNull(SubscribePacing, nameof(SubscribePacing));
        ArgumentNullException.ThrowIfNull(UnsubscribePacing, nameof(UnsubscribePacing));
        ArgumentNullException.ThrowIfNull(IdentityPacing, nameof(IdentityPacing));
        ArgumentNullException.ThrowIfNull(BulkJobsPacing, nameof(BulkJobsPacing));
        SubscribePacing.Validate(nameof(SubscribePacing));
        UnsubscribePacing.Validate(nameof(UnsubscribePacing));
        IdentityPacing.Validate(nameof(IdentityPacing));
        BulkJobsPacing.Validate(nameof(BulkJobsPacing));
    }
}
