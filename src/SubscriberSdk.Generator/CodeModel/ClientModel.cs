namespace SubscriberSdk.Generator.CodeModel;

/// <summary>Everything generated for one OpenAPI document, independent of how it is written out.</summary>
internal sealed class ClientModel
{
    public required string ClassName { get; init; }

    public required string Namespace { get; init; }

    public required string BaseUrl { get; init; }

    public required string Title { get; init; }

    public required RequestBuilderNode Root { get; init; }

    public List<ModelDefinition> Models { get; } = [];

    public List<EnumDefinition> Enums { get; } = [];

    /// <summary>Component schema name to the fully qualified generated type, for tests and tooling.</summary>
    public SortedDictionary<string, string> SchemaTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>operationId to (path, HTTP method), for the completeness check.</summary>
    public SortedDictionary<string, (string Path, string Method)> Operations { get; } = new(StringComparer.Ordinal);
}
