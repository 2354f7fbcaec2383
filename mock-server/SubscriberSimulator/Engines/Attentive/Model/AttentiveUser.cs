namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// A user of the identity graph: the identifiers that name it (linked through identify and the v2
/// user calls, or by a phone or email the attribute and event calls met first), its custom
/// attributes and its v2 personal attributes. Immutable: a request stages a new version and the
/// directory swaps it in at commit. Subscriptions stay on the phone and email contacts.
/// </summary>
/// <param name="Identifiers">In the order they were linked.</param>
/// <param name="CustomAttributes">Name (case-sensitive) -> value.</param>
/// <param name="Profile">The v2 personal attributes by their path: "firstName", "demographic.age", "location.city", ...</param>
internal sealed record AttentiveUser(
    string Id,
    IReadOnlyList<UserIdentifier> Identifiers,
    IReadOnlyDictionary<string, AttributeValue> CustomAttributes,
    IReadOnlyDictionary<string, AttributeValue> Profile)
{
    private static readonly Dictionary<string, AttributeValue> NoValues = new(StringComparer.Ordinal);

    public static AttentiveUser New(string id) => new(id, [], NoValues, NoValues);

    public bool Has(UserIdentifier identifier) => Identifiers.Contains(identifier);

    /// <summary>The identifiers it does not hold yet appended in order, with one lookup each; itself when none is new.</summary>
    public AttentiveUser WithIdentifiers(IEnumerable<UserIdentifier> identifiers)
    {
        var held = new HashSet<UserIdentifier>(Identifiers);
        var added = identifiers.Where(held.Add).ToArray();
        return added.Length == 0 ? this : this with { Identifiers = [.. Identifiers, .. added] };
    }

    public AttentiveUser WithoutIdentifier(UserIdentifier identifier) =>
        Has(identifier) ? this with { Identifiers = [.. Identifiers.Where(existing => existing != identifier)] } : this;

    /// <summary>The given values replace those of the same names; the others stay.</summary>
    public AttentiveUser WithCustomAttributes(IReadOnlyList<KeyValuePair<string, AttributeValue>> values) =>
        values.Count == 0 ? this : this with { CustomAttributes = Merge(CustomAttributes, values) };

    /// <summary>The given personal attributes replace those of the same paths; the others stay.</summary>
    public AttentiveUser WithProfile(IReadOnlyList<KeyValuePair<string, AttributeValue>> values) =>
        values.Count == 0 ? this : this with { Profile = Merge(Profile, values) };

    private static Dictionary<string, AttributeValue> Merge(IReadOnlyDictionary<string, AttributeValue> stored, IReadOnlyList<KeyValuePair<string, AttributeValue>> values)
    {
        var merged = new Dictionary<string, AttributeValue>(stored, StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            merged[name] = value;
        }

        return merged;
    }
}
