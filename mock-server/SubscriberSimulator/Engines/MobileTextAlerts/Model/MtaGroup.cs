namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>
/// A static subscriber group of one account. Sign-up-page and keyword settings are stored and
/// echoed as the provider does; the simulator does not run keyword joins.
/// </summary>
public sealed record MtaGroup
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public bool Hidden { get; init; }

    public int? SortOrder { get; init; }

    public bool IsTemporary { get; init; }

    public string? Keyword { get; init; }

    public string? WelcomeMessage { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
