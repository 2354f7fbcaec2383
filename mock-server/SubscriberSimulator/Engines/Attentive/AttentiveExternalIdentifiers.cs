namespace SubscriberSimulator.Engines.Attentive;

/// <summary>External identifiers stored with a contact (from <c>externalIdentifiers</c> on subscribe).</summary>
public sealed record AttentiveExternalIdentifiers(
    string? ClientUserId,
    string? ShopifyId,
    string? KlaviyoId,
    IReadOnlyList<AttentiveCustomIdentifier> CustomIdentifiers)
{
    /// <summary>
    /// Later values win field by field; custom identifiers merge by name, so a subscribe that
    /// omits a field never erases what an earlier one stored.
    /// </summary>
    public AttentiveExternalIdentifiers MergeWith(AttentiveExternalIdentifiers? newer)
    {
        if (newer is null)
        {
            return this;
        }

        // Positions by name (the first of a name, as a search from the start would find): one lookup
        // per identifier instead of a search of everything stored (issue 15, "large-requests").
        var custom = new List<AttentiveCustomIdentifier>(CustomIdentifiers);
        var positions = new Dictionary<string, int>(custom.Count + newer.CustomIdentifiers.Count, StringComparer.Ordinal);
        for (var index = 0; index < custom.Count; index++)
        {
            positions.TryAdd(custom[index].Name, index);
        }

        foreach (var identifier in newer.CustomIdentifiers)
        {
            if (positions.TryGetValue(identifier.Name, out var index))
            {
                custom[index] = identifier;
            }
            else
            {
                positions.Add(identifier.Name, custom.Count);
                custom.Add(identifier);
            }
        }

        return new AttentiveExternalIdentifiers(
            newer.ClientUserId ?? ClientUserId,
            newer.ShopifyId ?? ShopifyId,
            newer.KlaviyoId ?? KlaviyoId,
            custom);
    }

    /// <summary>Value equality including the custom identifiers' contents (records compare lists by reference).</summary>
    public bool SameAs(AttentiveExternalIdentifiers? other) =>
        other is not null
        && ClientUserId == other.ClientUserId
        && ShopifyId == other.ShopifyId
        && KlaviyoId == other.KlaviyoId
        && CustomIdentifiers.SequenceEqual(other.CustomIdentifiers);
}
