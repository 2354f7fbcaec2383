using System.Text.Json;

namespace SubscriberSimulator.Engines.MobileTextAlerts.Api.Requests;

/// <summary><c>POST /v3/custom-fields</c>; webinar fields are outside the simulator and refused as unknown fields.</summary>
internal sealed record CreateCustomFieldCommand(string Name, string Type, bool Hidden, IReadOnlyList<string> Options, string? Format)
{
    public static CreateCustomFieldCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body, "name", "type", "hidden", "options", "format");
        return new CreateCustomFieldCommand(
            JsonFields.RequiredText(body, "name"),
            JsonFields.RequiredText(body, "type"),
            JsonFields.OptionalFlag(body, "hidden"),
            JsonFields.OptionalTextList(body, "options"),
            JsonFields.OptionalText(body, "format"));
    }
}
