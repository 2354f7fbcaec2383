namespace SubscriberSimulator.Engines.Attentive;

/// <summary>The OAuth scopes the simulated operations check.</summary>
public static class AttentiveScopes
{
    /// <summary>Needed by subscribe and unsubscribe.</summary>
    public const string SubscriptionsWrite = "subscriptions:write";

    /// <summary>Needed by the eligibility lookup (GET /v1/subscriptions).</summary>
    public const string SubscriptionsRead = "subscriptions:read";

    /// <summary>What a token gets when no scopes are given: everything the simulated operations check.</summary>
    public static IReadOnlyList<string> All { get; } = [SubscriptionsRead, SubscriptionsWrite];
}
