using System.Text.Json;

namespace SubscriberSdk.Generator.Loading;

/// <summary>A parsed OpenAPI document: the raw bytes (for the lock hash), the JSON tree and $ref resolution.</summary>
internal sealed class SpecDocument
{
    private const string SchemaPrefix = "/components/schemas/";

    public SpecDocument(string displayName, byte[] bytes, JsonDocument json)
    {
        DisplayName = displayName;
        Bytes = bytes;
        Json = json;
        Root = new SpecNode(json.RootElement, string.Empty);
    }

    public string DisplayName { get; }

    public byte[] Bytes { get; }

    public JsonDocument Json { get; }

    public SpecNode Root { get; }

    /// <summary>Follows $ref chains; fails with the pointer of the reference when the target is missing.</summary>
    public SpecNode Resolve(SpecNode node) => Resolve(node, out _);

    /// <summary>Follows $ref chains and reports the component schema name the chain ended on, if any.</summary>
    public SpecNode Resolve(SpecNode node, out string? schemaName)
    {
        schemaName = null;
        var hops = 0;
        while (node.GetString("$ref") is { } reference)
        {
            if (++hops > 32)
            {
                throw new SpecException(DisplayName, node.Pointer, "$ref", "reference chain is too long or circular");
            }

            node = ResolvePointer(reference, node.Pointer);
            if (node.Pointer.StartsWith(SchemaPrefix, StringComparison.Ordinal) && node.Pointer.IndexOf('/', SchemaPrefix.Length) < 0)
            {
                schemaName = SpecNode.Unescape(node.Pointer[SchemaPrefix.Length..]);
            }
        }

        return node;
    }

    public SpecNode ResolvePointer(string reference, string referencedFrom)
    {
        if (!reference.StartsWith('#'))
        {
            throw new SpecException(DisplayName, referencedFrom, "$ref", $"external reference '{reference}' is not supported; use a local '#/...' pointer");
        }

        var current = Root;
        foreach (var rawToken in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = SpecNode.Unescape(Uri.UnescapeDataString(rawToken));
            if (!current.TryGet(token, out current))
            {
                throw new SpecException(DisplayName, referencedFrom, "$ref", $"broken reference '{reference}': no such element in the document");
            }
        }

        return current;
    }
}
