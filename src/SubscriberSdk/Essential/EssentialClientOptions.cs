using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.Essential;

/// <summary>Settings of an <see cref="EssentialClient"/>. Essential documents no rate limit, so pacing is off unless configured.</summary>
public sealed class EssentialClientOptions : SubscriberClientOptions
{
    /// <summary>The configuration section <c>AddEssentialClient(configuration)</c> binds by default.</summary>
    public const string SectionName = "SubscriberSdk:Essential";

    /// <summary>The account SID: the Basic-auth user name.</summary>
    public string? AccountSid { get; set; }

    /// <summary>The API token: the Basic-auth password.</summary>
    public string? AuthToken { get; set; }

    internal override ProviderProfile Profile => ProviderProfile.Essential;

    internal override string CredentialIdentity => AccountSid ?? string.Empty;

    internal override Uri DefaultBaseAddress { get; } = new("https://api.essential.to");

    /// <inheritdoc />
    public override void Validate()
    {
        RequireCredential(AccountSid, nameof(AccountSid), "Essential");
        RequireCredential(AuthToken, nameof(AuthToken), "Essential");
        base.Validate();
    }
}
