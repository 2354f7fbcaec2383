using System.Text.Json;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of POST /v2/account/tags.</summary>
internal sealed class CreateTagCommand
{
    public required string ChannelSid { get; init; }

    public required string Name { get; init; }

    public static CreateTagCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? channel = null, name = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "channel_sid": channel = JsonFields.OptionalString(property); break;
                case "name": name = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new CreateTagCommand
        {
            ChannelSid = JsonFields.Required(channel, "channel_sid"),
            Name = JsonFields.Required(name, "name"),
        };
    }
}
