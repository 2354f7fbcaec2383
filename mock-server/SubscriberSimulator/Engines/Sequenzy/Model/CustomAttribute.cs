using System.Text.Json.Serialization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// One custom attribute. The value is kept as its raw JSON text: compact, immutable, and written
/// back byte for byte, whatever JSON type the caller used.
/// </summary>
internal readonly record struct CustomAttribute
{
    [JsonConstructor]
    public CustomAttribute(string key, string rawJson)
    {
        Key = key;
        RawJson = rawJson;
    }

    public string Key { get; init; }

    public string RawJson { get; init; }
}
