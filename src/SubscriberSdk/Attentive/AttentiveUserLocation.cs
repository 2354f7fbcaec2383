namespace SubscriberSdk.Attentive;

/// <summary>Address and geography of a user.</summary>
public sealed class AttentiveUserLocation
{
    /// <summary>First address line.</summary>
    public string? Address1 { get; init; }

    /// <summary>Second address line.</summary>
    public string? Address2 { get; init; }

    /// <summary>City.</summary>
    public string? City { get; init; }

    /// <summary>State.</summary>
    public string? State { get; init; }

    /// <summary>Postal or ZIP code.</summary>
    public string? Zip { get; init; }

    /// <summary>Latitude, as text.</summary>
    public string? Latitude { get; init; }

    /// <summary>Longitude, as text.</summary>
    public string? Longitude { get; init; }

    /// <summary>Country, ISO 3166-1.</summary>
    public string? Country { get; init; }

    /// <summary>Region, ISO 3166-2 (e.g. <c>AU-NSW</c>).</summary>
    public string? Region { get; init; }

    /// <summary>Time zone, e.g. <c>EST</c>.</summary>
    public string? Timezone { get; init; }
}
