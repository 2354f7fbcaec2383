namespace SubscriberSdk.Generator.CodeModel;

/// <summary>A node of the request-builder tree: one URL path segment.</summary>
internal sealed class RequestBuilderNode
{
    public required string Segment { get; init; }

    public required string ClassName { get; init; }

    public required string Namespace { get; init; }

    /// <summary>The path from the server root to this node, e.g. "/v1/subscriptions".</summary>
    public required string Path { get; init; }

    /// <summary>Set when the segment is a single path parameter ("{id}"): the parent exposes an indexer.</summary>
    public ParameterDefinition? ItemParameter { get; set; }

    /// <summary>Set when a segment mixes literal text and a parameter: the parent exposes a With method.</summary>
    public ParameterDefinition? WithParameter { get; set; }

    /// <summary>The URL template segment, with the parameter names as written in the template.</summary>
    public required string TemplateSegment { get; init; }

    public string? Description { get; set; }

    public SortedDictionary<string, RequestBuilderNode> Children { get; } = new(StringComparer.Ordinal);

    public List<OperationDefinition> Operations { get; } = [];

    public string FullName => $"global::{Namespace}.{ClassName}";

    public string TemplatePath { get; set; } = string.Empty;

    /// <summary>The RFC 6570 template, e.g. "{+baseurl}/v1/subscriptions{?email,phone}".</summary>
    public string UrlTemplate
    {
        get
        {
            var query = Operations.SelectMany(o => o.QueryParameters).Select(p => p.TemplateName).Distinct(StringComparer.Ordinal).ToList();
            return "{+baseurl}" + TemplatePath + (query.Count == 0 ? string.Empty : "{?" + string.Join(',', query) + "}");
        }
    }
}
