namespace SubscriberSimulator.Engines.Attentive;

/// <summary>The OAuth scopes the simulated operations check.</summary>
public static class AttentiveScopes
{
    /// <summary>Needed by subscribe and unsubscribe, and with <see cref="AttributesWrite"/> by the v2 user calls.</summary>
    public const string SubscriptionsWrite = "subscriptions:write";

    /// <summary>Needed by the eligibility lookup (GET /v1/subscriptions).</summary>
    public const string SubscriptionsRead = "subscriptions:read";

    /// <summary>Needed by custom attributes, and with <see cref="SubscriptionsWrite"/> by the v2 user calls.</summary>
    public const string AttributesWrite = "attributes:write";

    /// <summary>Needed by custom events.</summary>
    public const string EventsWrite = "events:write";

    /// <summary>Needed by identity resolution.</summary>
    public const string IdentityWrite = "identity:write";

    /// <summary>What a token gets when no scopes are given: everything the simulated operations check.</summary>
    public static IReadOnlyList<string> All { get; } = [SubscriptionsRead, SubscriptionsWrite, AttributesWrite, EventsWrite, IdentityWrite];
}
