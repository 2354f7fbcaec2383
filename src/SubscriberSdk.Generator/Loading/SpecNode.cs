using System.Text.Json;

namespace SubscriberSdk.Generator.Loading;

/// <summary>A JSON element of the document together with its JSON pointer, for precise error messages.</summary>
internal readonly record struct SpecNode(JsonElement Element, string Pointer)
{
    public bool IsObject => Element.ValueKind == JsonValueKind.Object;

    public bool TryGet(string name, out SpecNode child)
    {
        if (IsObject && Element.TryGetProperty(name, out var value))
        {
            child = new SpecNode(value, Pointer + "/" + Escape(name));
            return true;
        }

        child = default;
        return false;
    }

    public SpecNode? Get(string name) => TryGet(name, out var child) ? child : null;

    public string? GetString(string name) =>
        TryGet(name, out var child) && child.Element.ValueKind == JsonValueKind.String ? child.Element.GetString() : null;

    public bool GetBool(string name) =>
        TryGet(name, out var child) && child.Element.ValueKind == JsonValueKind.True;

    /// <summary>Object members in ordinal order of their names, so output never depends on key order.</summary>
    public IEnumerable<(string Name, SpecNode Node)> Members()
    {
        if (!IsObject)
        {
            return [];
        }

        var pointer = Pointer;
        return Element.EnumerateObject()
            .Select(p => (p.Name, new SpecNode(p.Value, pointer + "/" + Escape(p.Name))))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Object members in document order (used where the author's order matters, e.g. oneOf branches).</summary>
    public IEnumerable<(string Name, SpecNode Node)> MembersInDocumentOrder()
    {
        if (!IsObject)
        {
            return [];
        }

        var pointer = Pointer;
        return Element.EnumerateObject().Select(p => (p.Name, new SpecNode(p.Value, pointer + "/" + Escape(p.Name)))).ToList();
    }

    public IEnumerable<SpecNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var pointer = Pointer;
        return Element.EnumerateArray().Select((item, index) => new SpecNode(item, pointer + "/" + index)).ToList();
    }

    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
