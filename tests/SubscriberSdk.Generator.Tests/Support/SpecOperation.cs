using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>An operation read straight from the spec JSON, independent of the generator's code model.</summary>
internal sealed record SpecOperation(
    string Path,
    string Method,
    string OperationId,
    IReadOnlyList<JsonObject> Parameters,
    JsonNode? RequestExample,
    bool HasRequestBody,
    SpecResponse? Success,
    IReadOnlyList<SpecResponse> Errors)
{
    public override string ToString() => $"{OperationId} ({Method.ToUpperInvariant()} {Path})";
}
