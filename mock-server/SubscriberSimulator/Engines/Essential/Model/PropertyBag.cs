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
        var entries = new List<KeyValuePair<string, string>>();
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw RequestRefusedException.BadRequest($"'{field}.{property.Name}' must be a string.");
            }

            var index = entries.FindIndex(e => e.Key == property.Name);
            var entry = new KeyValuePair<string, string>(property.Name, property.Value.GetString()!);
            if (index >= 0)
            {
                entries[index] = entry;
            }
            else
            {
                entries.Add(entry);
            }
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
        merged.AddRange(_entries);
        foreach (var entry in update._entries)
        {
            var index = merged.FindIndex(e => e.Key == entry.Key);
            if (index >= 0)
            {
                merged[index] = entry;
            }
            else
            {
                merged.Add(entry);
            }
        }

        return new PropertyBag([.. merged]);
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
