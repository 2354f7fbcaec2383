using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Model;

/// <summary>
/// A subscriber's properties as immutable key / value string pairs (Essential's properties are strings). Arrays rather than a dictionary
/// because most subscribers carry a handful of properties and a million dictionaries would cost
/// far more memory than the data; every change builds a new bag so a failed request leaves the
/// stored one untouched.
/// </summary>
internal sealed class PropertyBag
{
    public static readonly PropertyBag Empty = new([]);

    /// <summary>The most keys one request's <c>properties</c> may hold (README, "Limits").</summary>
    public const int MaxEntries = 1000;

    private readonly KeyValuePair<string, string>[] _entries;

    private PropertyBag(KeyValuePair<string, string>[] entries)
    {
        _entries = entries;
    }

    public int Count => _entries.Length;

    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>Reads a JSON object of string values; the caller has already checked it is an object.</summary>
    public static PropertyBag FromJson(string field, JsonElement obj)
    {
        // Counted before any work: 400k keys in one 5.5 MB body once took minutes of CPU.
        if (obj.GetPropertyCount() > MaxEntries)
        {
            throw RequestRefusedException.BadRequest($"'{field}' has more than {MaxEntries} keys.");
        }

        var entries = new List<KeyValuePair<string, string>>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw RequestRefusedException.BadRequest($"'{field}.{property.Name}' must be a string.");
            }

            Set(entries, positions, new KeyValuePair<string, string>(property.Name, property.Value.GetString()!));
        }

        return entries.Count == 0 ? Empty : new PropertyBag([.. entries]);
    }

    public bool TryGetValue(string key, out string value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = string.Empty;
        return false;
    }

    /// <summary>Keys in <paramref name="update"/> win; keys it does not name are kept.</summary>
    public PropertyBag MergeWith(PropertyBag update)
    {
        if (update.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return update;
        }

        var merged = new List<KeyValuePair<string, string>>(_entries.Length + update._entries.Length);
        var positions = new Dictionary<string, int>(merged.Capacity, StringComparer.Ordinal);
        foreach (var entry in _entries)
        {
            Set(merged, positions, entry);
        }

        foreach (var entry in update._entries)
        {
            Set(merged, positions, entry);
        }

        // The cap holds for what is stored too, or repeated updates would grow it without bound.
        return merged.Count > MaxEntries
            ? throw RequestRefusedException.BadRequest($"'properties' would hold more than {MaxEntries} keys.")
            : new PropertyBag([.. merged]);
    }

    /// <summary>Replaces the entry with the same key in place (first position kept) or appends it; one lookup per key.</summary>
    private static void Set(List<KeyValuePair<string, string>> entries, Dictionary<string, int> positions, KeyValuePair<string, string> entry)
    {
        if (positions.TryGetValue(entry.Key, out var index))
        {
            entries[index] = entry;
            return;
        }

        positions.Add(entry.Key, entries.Count);
        entries.Add(entry);
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var entry in _entries)
        {
            writer.WriteString(entry.Key, entry.Value);
        }

        writer.WriteEndObject();
    }
}
