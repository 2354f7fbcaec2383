using System.Text;
using System.Text.Json;
using SubscriberSdk.Generator.Writing;

namespace SubscriberSdk.Generator.Output;

/// <summary>
/// Writes kiota-lock.json: Kiota's lock fields per client, with our generator's own name and
/// version in place of kiotaVersion. Byte-for-byte deterministic.
/// </summary>
internal static class LockFile
{
    public const string FileName = "kiota-lock.json";

    public static readonly IReadOnlyList<string> Serializers =
    [
        "Microsoft.Kiota.Serialization.Json.JsonSerializationWriterFactory",
        "Microsoft.Kiota.Serialization.Text.TextSerializationWriterFactory",
    ];

    public static readonly IReadOnlyList<string> Deserializers =
    [
        "Microsoft.Kiota.Serialization.Json.JsonParseNodeFactory",
        "Microsoft.Kiota.Serialization.Text.TextParseNodeFactory",
    ];

    public static readonly IReadOnlyList<string> StructuredMimeTypes = ["application/json", "text/plain;q=0.9"];

    public static string Render(IEnumerable<GeneratedClient> clients)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("lockFileVersion", "1.0.0");
            writer.WriteStartObject("clients");
            foreach (var client in clients.OrderBy(c => c.Definition.Key, StringComparer.Ordinal))
            {
                WriteClient(writer, client);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteClient(Utf8JsonWriter writer, GeneratedClient client)
    {
        var definition = client.Definition;
        writer.WriteStartObject(definition.Key);
        writer.WriteString("descriptionLocation", definition.SpecPath);
        writer.WriteString("descriptionHash", client.DescriptionHash);
        writer.WriteString("descriptionHashAlgorithm", "SHA-256");
        writer.WriteString("generatorName", GeneratorInfo.Name);
        writer.WriteString("generatorVersion", GeneratorInfo.Version);
        writer.WriteString("clientClassName", definition.ClassName);
        writer.WriteString("clientNamespaceName", definition.Namespace);
        writer.WriteString("language", "CSharp");
        writer.WriteString("typeAccessModifier", "Public");
        writer.WriteString("outputPath", definition.OutputPath);
        writer.WriteBoolean("usesBackingStore", false);
        writer.WriteBoolean("excludeBackwardCompatible", true);
        writer.WriteBoolean("includeAdditionalData", true);
        WriteArray(writer, "serializers", Serializers);
        WriteArray(writer, "deserializers", Deserializers);
        WriteArray(writer, "structuredMimeTypes", StructuredMimeTypes);
        WriteArray(writer, "includePatterns", []);
        WriteArray(writer, "excludePatterns", []);
        WriteArray(writer, "disabledValidationRules", []);
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
