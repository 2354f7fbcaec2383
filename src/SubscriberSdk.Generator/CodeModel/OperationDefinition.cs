namespace SubscriberSdk.Generator.CodeModel;

/// <summary>One HTTP operation on a request builder.</summary>
internal sealed class OperationDefinition
{
    public required string HttpMethod { get; init; }

    public required string OperationId { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public bool Deprecated { get; init; }

    public List<ParameterDefinition> QueryParameters { get; } = [];

    public List<ParameterDefinition> HeaderParameters { get; } = [];

    public BodyDefinition? RequestBody { get; set; }

    public BodyDefinition? Response { get; set; }

    public List<ErrorMapping> ErrorMappings { get; } = [];

    /// <summary>Method name stem: Get, Post, Put, Patch, Delete.</summary>
    public string Verb => char.ToUpperInvariant(HttpMethod[0]) + HttpMethod[1..].ToLowerInvariant();
}
