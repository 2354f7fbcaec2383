using System.Text.Json;
using System.Text.Json.Serialization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;

namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// The controls' JSON: camelCase bodies read strictly (an unknown field is a 400, so a typo such as
/// "doubleOptin" never passes silently) into the request records, and the public snapshots
/// (<see cref="SequenzyWorkspaceInfo"/>, ...) written as they are.
/// </summary>
internal static class ControlJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The body as <typeparamref name="T"/>; no body reads as <c>{}</c>.</summary>
    public static T Read<T>(JsonElement? body)
        where T : class
    {
        if (body is { ValueKind: not JsonValueKind.Object })
        {
            throw RequestRefusedException.BadRequest("The control request body must be a JSON object.");
        }

        try
        {
            return (body is { } json ? json.Deserialize<T>(Options) : JsonSerializer.Deserialize<T>("{}", Options))!;
        }
        catch (JsonException error)
        {
            throw RequestRefusedException.BadRequest("Invalid control request: " + error.Message);
        }
    }

    public static ProviderResponse Answer<T>(int status, T value) => JsonResponse.Create(status, value, Write);

    public static void Write<T>(Utf8JsonWriter writer, T value) => JsonSerializer.Serialize(writer, value, Options);
}
