namespace SubscriberSdk.Attentive;

/// <summary>Custom attributes to set on a user; each value replaces the stored value of the same name.</summary>
public sealed class AttentiveCustomAttributesRequest
{
    /// <summary>The user the attributes belong to.</summary>
    public AttentiveEventUser? User { get; init; }

    /// <summary>
    /// Attribute name (at most 200 characters, case-sensitive) to value: a string, a number or a boolean.
    /// The first value Attentive sees fixes the attribute's type (<c>"24"</c> makes a number); a name
    /// created in Attentive's UI with enumerated values takes only those.
    /// </summary>
    public IReadOnlyDictionary<string, object>? Properties { get; init; }
}
