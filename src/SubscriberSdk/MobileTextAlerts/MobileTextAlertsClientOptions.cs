using SubscriberSdk.Http.Internal;

namespace SubscriberSdk.MobileTextAlerts;

/// <summary>
/// Settings of a <see cref="MobileTextAlertsClient"/>. Pacing defaults to the documented limits per account:
/// 15 requests per 15 seconds on the subscriber and bulk endpoints (<see cref="SubscriberClientOptions.Pacing"/>),
/// 30 per minute on the general ones (<see cref="GeneralPacing"/>), 5 per 15 seconds on group bulk-create and
/// bulk-delete together (<see cref="GroupBulkPacing"/>) and 25 per 15 seconds on send (<see cref="SendPacing"/>).
/// </summary>
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

    /// <summary>
    /// Pacing of the endpoints under the provider's general limit of 30 requests per minute: groups (create, list,
    /// get, update, delete, single members, member counts), unsubscribes, custom fields other than the list, and
    /// the key check.
    /// </summary>
    public PacingOptions GeneralPacing { get; set; } = PacingOptions.PerWindow(30, TimeSpan.FromMinutes(1), 12);

    /// <summary>Pacing of <c>POST /v3/groups/{groupId}/subscribers/bulk-create</c> and <c>bulk-delete</c>, which share 5 requests per 15 seconds.</summary>
    public PacingOptions GroupBulkPacing { get; set; } = PacingOptions.PerWindow(5, TimeSpan.FromSeconds(15), 15);

    /// <summary>Pacing of <c>POST /v3/send</c>: 25 requests per 15 seconds.</summary>
    public PacingOptions SendPacing { get; set; } = PacingOptions.PerWindow(25, TimeSpan.FromSeconds(15), 15);

    internal override ProviderProfile Profile => ProviderProfile.MobileTextAlerts;

    internal override string CredentialIdentity => ApiKey ?? string.Empty;

    internal override Uri DefaultBaseAddress { get; } = new("https://api.mobile-text-alerts.com");

    internal override PacingOptions GetPacing(string bucket) => bucket switch
    {
        PacingBuckets.General => GeneralPacing,
        PacingBuckets.GroupBulk => GroupBulkPacing,
        PacingBuckets.Send => SendPacing,
        _ => Pacing,
    };

    /// <inheritdoc />
    public override void Validate()
    {
        RequireCredential(ApiKey, nameof(ApiKey), "Mobile Text Alerts");
        base.Validate();
        ArgumentNullException.ThrowIfNull(GeneralPacing, nameof(GeneralPacing));
        ArgumentNullException.ThrowIfNull(GroupBulkPacing, nameof(GroupBulkPacing));
        ArgumentNullException.ThrowIfNull(SendPacing, nameof(SendPacing));
        GeneralPacing.Validate(nameof(GeneralPacing));
        GroupBulkPacing.Validate(nameof(GroupBulkPacing));
        SendPacing.Validate(nameof(SendPacing));
    }
}
