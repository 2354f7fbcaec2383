using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of the create_default welcome-series endpoint.</summary>
internal sealed class CreateWelcomeSeriesCommand
{
    public required string Name { get; init; }

    public static CreateWelcomeSeriesCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? name = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "name": name = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        name = JsonFields.Required(name, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw RequestRefusedException.BadRequest("'name' must not be empty.");
        }

        return new CreateWelcomeSeriesCommand { Name = name };
    }
}
