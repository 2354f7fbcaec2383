using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Sequenzy;

/// <summary>Settings of a <see cref="SequenzyClient"/>. Pacing defaults to the documented 100 requests per minute per key, in bursts of at most 20 per second.</summary>
public sealed class SequenzyClientOptions : SubscriberClientOptions
{
    /// <summary>The configuration section <c>AddSequenzyClient(configuration)</c> binds by default.</summary>
    public const string SectionName = "SubscriberSdk:Sequenzy";

    /// <summary>Creates options with the documented pacing.</summary>
    public SequenzyClientOptions()
    {
        var pacing = PacingOptions.PerWindow(100, TimeSpan.FromMinutes(1), 60);
        pacing.BurstPermitLimit = 20;
        pacing.BurstWindow = TimeSpan.FromSeconds(1);
        Pacing = pacing;
    }

    /// <summary>The API key (<c>sk_live_...</c>), sent as a bearer token.</summary>
    public string? ApiKey { get; set; }

    internal override ProviderProfile Profile => ProviderProfile.Sequenzy;

    internal override string CredentialIdentity => ApiKey ?? string.Empty;

    internal override Uri DefaultBaseAddress { get; } = new("https://api.sequenzy.com");

    /// <inheritdoc />
    public override void Validate()
    {
        RequireCredential(ApiKey, nameof(ApiKey), "Sequenzy");
        base.Validate();
    }
}
