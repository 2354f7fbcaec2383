using System.Text.Json.Serialization;

namespace Benchmarks.Overhead;

/// <summary>The fields of Essential's subscriber a hand-written caller would read back.</summary>
public sealed record HandWrittenSubscriber(
    [property: JsonPropertyName("sid")] string? Sid,
    [property: JsonPropertyName("phone_number")] string? PhoneNumber,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("properties")] Dictionary<string, string>? Properties);
