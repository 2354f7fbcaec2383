using System.Text.Json.Nodes;
using SubscriberSimulator.Admin.Matching;

namespace SubscriberSimulator.Admin;

/// <summary>A stub mapping in WireMock's Java JSON format, parsed once when it is created.</summary>
internal sealed class StubMapping
{
    /// <summary>WireMock's default priority; 1 is the highest.</summary>
    public const int DefaultPriority = 5;

    /// <summary>WireMock's initial scenario state.</summary>
    public const string StartedState = "Started";

    private StubMapping(Guid id, JsonObject json, RequestPattern request, StubResponse response)
    {
        Id = id;
        Json = json;
        Request = request;
        Response = response;
    }

    public Guid Id { get; }

    /// <summary>The mapping as given, with "id" and "uuid" filled in; echoed back by the admin API.</summary>
    public JsonObject Json { get; }

    public RequestPattern Request { get; }

    public StubResponse Response { get; }

    public int Priority { get; private init; } = DefaultPriority;

    public string? ScenarioName { get; private init; }

    public string? RequiredScenarioState { get; private init; }

    public string? NewScenarioState { get; private init; }

    public long InsertionIndex { get; set; }

    /// <param name="idOverride">Forces the id (PUT /__admin/mappings/{id}).</param>
    public static StubMapping Parse(JsonObject json, Guid? idOverride = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var copy = json.DeepClone().AsObject();
        var id = idOverride ?? ReadId(copy) ?? Guid.NewGuid();
        copy["id"] = id.ToString();
        copy["uuid"] = id.ToString();
        if (copy["request"] is null)
        {
            throw new StubParseException("/request", "A stub mapping needs a \"request\".");
        }

        var priority = DefaultPriority;
        if (copy["priority"] is { } priorityNode)
        {
            priority = priorityNode is JsonValue value && value.TryGetValue<int>(out var number)
                ? number
                : throw new StubParseException("/priority", "priority must be an integer (1 is the highest).");
        }

        return new StubMapping(id, copy, RequestPattern.Parse(copy["request"], "/request"), StubResponse.Parse(copy["response"], "/response"))
        {
            Priority = priority,
            ScenarioName = Text(copy, "scenarioName"),
            RequiredScenarioState = Text(copy, "requiredScenarioState"),
            NewScenarioState = Text(copy, "newScenarioState"),
        };
    }

    private static Guid? ReadId(JsonObject json)
    {
        foreach (var key in new[] { "id", "uuid" })
        {
            if (json[key] is { } node)
            {
                return node is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id)
                    ? id
                    : throw new StubParseException("/" + key, key + " must be a UUID.");
            }
        }

        return null;
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => throw new StubParseException("/" + name, name + " must be a string."),
        };
}
