using System.Text.Json.Nodes;

namespace SubscriberSdk.Generator.Tests.Support;

/// <summary>An example from the spec and the schema it must satisfy.</summary>
internal sealed record SpecExample(string Location, JsonNode Schema, JsonNode Example);
