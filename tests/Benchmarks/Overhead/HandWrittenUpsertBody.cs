using System.Text.Json.Serialization;

namespace Benchmarks.Overhead;

/// <summary>The Essential upsert body as a caller without the SDK would write it.</summary>
public sealed record HandWrittenUpsertBody(
    [property: JsonPropertyName("phone_number")] string PhoneNumber,
    [property: JsonPropertyName("properties")] IReadOnlyDictionary<string, string> Properties);
