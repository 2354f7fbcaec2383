namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// One identifier of a user: its kind, the custom identifier's name (empty for the other kinds) and
/// its value as a key (a phone in E.164, an email lowercased, the others exactly as sent).
/// </summary>
internal readonly record struct UserIdentifier(UserIdentifierKind Kind, string Name, string Value)
{
    public static UserIdentifier Phone(string e164) => new(UserIdentifierKind.Phone, string.Empty, e164);

    public static UserIdentifier Email(string lowercased) => new(UserIdentifierKind.Email, string.Empty, lowercased);

    public static UserIdentifier Custom(string name, string value) => new(UserIdentifierKind.Custom, name, value);
}
