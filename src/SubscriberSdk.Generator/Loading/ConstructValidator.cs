using System.Text.Json;

namespace SubscriberSdk.Generator.Loading;

/// <summary>
/// Rejects what the generator cannot express faithfully (anyOf, not, XML, callbacks, links,
/// non-JSON bodies, ...) and every broken $ref, before any code is produced.
/// </summary>
internal static class ConstructValidator
{
    private static readonly string[] UnsupportedSchemaKeywords = ["anyOf", "not", "xml", "patternProperties", "if", "then", "else", "dependentSchemas", "prefixItems"];

    private static readonly HashSet<string> SupportedMediaTypes = new(StringComparer.OrdinalIgnoreCase) { "application/json", "text/plain" };

    public static void Validate(SpecDocument document)
    {
        CheckReferences(document, document.Root);
        if (document.Root.TryGet("paths", out var paths))
        {
            foreach (var (_, pathItem) in paths.Members())
            {
                CheckPathItem(document, pathItem);
            }
        }

        if (document.Root.TryGet("components", out var components))
        {
            if (components.TryGet("callbacks", out var callbacks))
            {
                throw Unsupported(document, callbacks, "callbacks");
            }

            if (components.TryGet("links", out var links))
            {
                throw Unsupported(document, links, "links");
            }

            if (components.TryGet("schemas", out var schemas))
            {
                foreach (var (_, schema) in schemas.Members())
                {
                    CheckSchema(document, schema);
                }
            }
        }
    }

    private static void CheckReferences(SpecDocument document, SpecNode node)
    {
        switch (node.Element.ValueKind)
        {
            case JsonValueKind.Object:
                if (node.GetString("$ref") is { } reference)
                {
                    document.ResolvePointer(reference, node.Pointer + "/$ref");
                }

                foreach (var (_, child) in node.MembersInDocumentOrder())
                {
                    CheckReferences(document, child);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.Items())
                {
                    CheckReferences(document, item);
                }

                break;
        }
    }

    private static void CheckPathItem(SpecDocument document, SpecNode pathItem)
    {
        foreach (var (name, operation) in pathItem.Members())
        {
            if (!HttpVerbs.IsVerb(name))
            {
                continue;
            }

            if (operation.TryGet("callbacks", out var callbacks))
            {
                throw Unsupported(document, callbacks, "callbacks");
            }

            if (operation.TryGet("parameters", out var parameters))
            {
                foreach (var parameter in parameters.Items())
                {
                    if (document.Resolve(parameter).TryGet("schema", out var parameterSchema))
                    {
                        CheckSchema(document, parameterSchema);
                    }
                }
            }

            if (operation.TryGet("requestBody", out var body))
            {
                CheckContent(document, document.Resolve(body));
            }

            if (operation.TryGet("responses", out var responses))
            {
                foreach (var (_, response) in responses.Members())
                {
                    var resolved = document.Resolve(response);
                    if (resolved.TryGet("links", out var links))
                    {
                        throw Unsupported(document, links, "links");
                    }

                    CheckContent(document, resolved);
                }
            }
        }
    }

    private static void CheckContent(SpecDocument document, SpecNode owner)
    {
        if (!owner.TryGet("content", out var content))
        {
            return;
        }

        foreach (var (mediaType, media) in content.Members())
        {
            if (!SupportedMediaTypes.Contains(mediaType))
            {
                throw Unsupported(document, media, $"media type '{mediaType}' (only application/json and text/plain are supported)");
            }

            if (media.TryGet("schema", out var schema))
            {
                CheckSchema(document, schema);
            }
        }
    }

    /// <summary>Walks schema positions only, so a property that happens to be called "not" is not mistaken for the keyword.</summary>
    private static void CheckSchema(SpecDocument document, SpecNode schema)
    {
        if (!schema.IsObject || schema.GetString("$ref") is not null)
        {
            return;
        }

        foreach (var keyword in UnsupportedSchemaKeywords)
        {
            if (schema.TryGet(keyword, out var found))
            {
                throw Unsupported(document, found, keyword);
            }
        }

        if (schema.TryGet("properties", out var properties))
        {
            foreach (var (_, property) in properties.Members())
            {
                CheckSchema(document, property);
            }
        }

        foreach (var keyword in new[] { "items", "additionalProperties" })
        {
            if (schema.TryGet(keyword, out var child))
            {
                CheckSchema(document, child);
            }
        }

        foreach (var keyword in new[] { "allOf", "oneOf" })
        {
            if (schema.TryGet(keyword, out var list))
            {
                foreach (var item in list.Items())
                {
                    CheckSchema(document, item);
                }
            }
        }
    }

    private static SpecException Unsupported(SpecDocument document, SpecNode node, string construct) =>
        new(document.DisplayName, node.Pointer, construct, "this construct is not supported by the generator; see the spec conventions");
}
