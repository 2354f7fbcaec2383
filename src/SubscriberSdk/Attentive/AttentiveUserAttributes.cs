namespace SubscriberSdk.Attentive;

/// <summary>Details of a user (API v2); every field is optional. They take priority over custom attributes of the same name.</summary>
public sealed class AttentiveUserAttributes
{
    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Personal and professional details.</summary>
    public AttentiveUserDemographic? Demographic { get; init; }

    /// <summary>Address and geography.</summary>
    public AttentiveUserLocation? Location { get; init; }

    /// <summary>The user's language and country, stored as given.</summary>
    public AttentiveLocale? Locale { get; init; }

    /// <summary>
    /// Custom attributes, name to a string, number or boolean. A company has at most 100 custom attribute
    /// names through this call; names with enumerated values take only those.
    /// </summary>
    public IReadOnlyDictionary<string, object>? Custom { get; init; }
}
