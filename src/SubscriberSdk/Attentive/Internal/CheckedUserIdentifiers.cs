namespace SubscriberSdk.Attentive.Internal;

/// <summary>A user's identifiers after the client's checks: trimmed, the phone in E.164, the email lower-cased; blanks are null.</summary>
internal sealed record CheckedUserIdentifiers(
    string? Phone,
    string? Email,
    string? ShopifyId,
    string? KlaviyoId,
    string? ClientUserId,
    List<(string Name, string Value)> Custom);
