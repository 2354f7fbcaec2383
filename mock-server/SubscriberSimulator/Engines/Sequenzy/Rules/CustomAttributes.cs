using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>Custom-attribute map arithmetic over the compact array form; every method returns a new array.</summary>
internal static class CustomAttributes
{
    /// <summary>Adds only the keys that are absent (merge strategy of create).</summary>
    public static CustomAttribute[] AddMissing(CustomAttribute[] existing, CustomAttribute[] added)
    {
        List<CustomAttribute>? result = null;
        foreach (var attribute in added)
        {
            if (IndexOf(existing, attribute.Key) < 0)
            {
                (result ??= new List<CustomAttribute>(existing)).Add(attribute);
            }
        }

        return result?.ToArray() ?? existing;
    }

    /// <summary>Sets the given keys and keeps the rest (merge strategy of update, tag calls).</summary>
    public static CustomAttribute[] SetKeys(CustomAttribute[] existing, CustomAttribute[] given)
    {
        var result = new List<CustomAttribute>(existing);
        foreach (var attribute in given)
        {
            var index = result.FindIndex(item => string.Equals(item.Key, attribute.Key, StringComparison.Ordinal));
            if (index >= 0)
            {
                result[index] = attribute;
            }
            else
            {
                result.Add(attribute);
            }
        }

        return result.ToArray();
    }

    public static string? Get(CustomAttribute[] attributes, string key)
    {
        var index = IndexOf(attributes, key);
        return index < 0 ? null : attributes[index].RawJson;
    }

    private static int IndexOf(CustomAttribute[] attributes, string key)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            if (string.Equals(attributes[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
