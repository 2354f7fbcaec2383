using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>A documented response: status key, media type, schema and example.</summary>
internal sealed record SpecResponse(string Status, string? ContentType, JsonNode? Schema, JsonNode? Example);
