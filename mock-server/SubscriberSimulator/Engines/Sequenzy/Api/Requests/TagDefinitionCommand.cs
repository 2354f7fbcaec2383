using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The bodies of POST /tags (name, colour) and PATCH /tags/{tagId} (colour), checked in Sequenzy's words before the spec step.</summary>
internal sealed record TagDefinitionCommand(string Name, string? Color)
{
    private static readonly string[] CreateFields = ["name", "color"];
    private static readonly string[] UpdateFields = ["color"];

    public static void CheckCreate(JsonElement body) => Create(body);

    public static void CheckUpdate(JsonElement body) => Update(body);

    /// <summary>The normalised name (nothing left of it: 400) and the colour, if given.</summary>
    public static TagDefinitionCommand Create(JsonElement json)
    {
        var body = RequestObject.Body(json, CreateFields);
        var name = body.String("name") is { } raw ? TagNormalizer.Normalize(raw) : null;
        return new TagDefinitionCommand(name ?? throw RequestRefusedException.BadRequest("name is required"), ReadColor(body, required: false));
    }

    /// <summary>The new colour (required).</summary>
    public static string Update(JsonElement json) => ReadColor(RequestObject.Body(json, UpdateFields), required: true)!;

    private static string? ReadColor(RequestObject body, bool required)
    {
        var color = body.String("color");
        if (color is null)
        {
            return required ? throw RequestRefusedException.BadRequest("color is required") : null;
        }

        return TagColors.IsKnown(color) ? color : throw RequestRefusedException.BadRequest($"color must be one of: {string.Join(", ", TagColors.All)}");
    }
}
