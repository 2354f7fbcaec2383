namespace SubscriberSimulator.Engines.MobileTextAlerts;

/// <summary>
/// A subscriber to seed from C#; the same rules as <c>POST /v3/subscribers</c> apply (match by
/// number, then email; groups and custom fields must exist), but nothing is sent and no rate limit applies.
/// </summary>
public sealed record MtaSubscriberSeed
{
    public string? Number { get; init; }

    public string? E164Number { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public IReadOnlyList<int>? GroupIds { get; init; }

    /// <summary>Custom field id to value.</summary>
    public IReadOnlyDictionary<int, string>? Fields { get; init; }
}
