using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>Settings of a <see cref="MobileTextAlertsClient"/>. Pacing defaults to the documented 15 requests per 15 seconds per account.</summary>
public sealed class MobileTextAlertsClientOptions : SubscriberClientOptions
{
    /// <summary>The configuration section <c>AddMobileTextAlertsClient(configuration)</c> binds by default.</summary>
    public const string SectionName = "SubscriberSdk:MobileTextAlerts";

    /// <summary>Creates options with the documented pacing.</summary>
    public MobileTextAlertsClientOptions()
    {
        Pacing = PacingOptions.PerWindow(15, TimeSpan.FromSeconds(15), 15);
    }

    /// <summary>The API key (sent as a bearer token).</summary>
    public string? ApiKey { get; set; }

    internal override ProviderProfile Profile => ProviderProfile.MobileTextAlerts;

    internal override string CredentialIdentity => ApiKey ?? string.Empty;

    internal override Uri DefaultBaseAddress { get; } = new("https://api.mobile-text-alerts.com");

    /// <inheritdoc />
    public override void Validate()
    {
        RequireCredential(ApiKey, nameof(ApiKey), "Mobile Text Alerts");
        base.Validate();
    }
}
