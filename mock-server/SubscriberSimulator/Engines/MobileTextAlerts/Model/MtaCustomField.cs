namespace SubscriberSimulator.Engines.MobileTextAlerts.Model;

/// <summary>A custom subscriber attribute ("custom field") of one account.</summary>
public sealed record MtaCustomField(
    int Id,
    string Name,
    string Type,
    bool Hidden,
    IReadOnlyList<string> Options,
    string? Format,
    DateTimeOffset CreatedAt);
