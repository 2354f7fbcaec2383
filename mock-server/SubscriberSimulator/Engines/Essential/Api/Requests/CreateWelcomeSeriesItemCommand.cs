using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of the add-item endpoint: a name, a sequence index, and a body and/or media.</summary>
internal sealed class CreateWelcomeSeriesItemCommand
{
    public required string Name { get; init; }

    public required int SequenceId { get; init; }

    public string? Body { get; init; }

    public string[] MediaUrls { get; init; } = [];

    public static CreateWelcomeSeriesItemCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? name = null, text = null;
        int? sequenceId = null;
        string[]? media = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "name": name = JsonFields.OptionalString(property); break;
                case "sequence_id": sequenceId = JsonFields.OptionalInt32(property); break;
                case "body": text = JsonFields.OptionalString(property); break;
                case "media_urls": media = JsonFields.OptionalStringArray(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        name = JsonFields.Required(name, "name");
        if (sequenceId is not { } sequence)
        {
            throw RequestRefusedException.BadRequest("'sequence_id' is required.");
        }

        if (sequence < 0)
        {
            throw RequestRefusedException.BadRequest("'sequence_id' must be zero or more.");
        }

        media ??= [];
        MessageContent.Check(text, media);

        return new CreateWelcomeSeriesItemCommand
        {
            Name = name,
            SequenceId = sequence,
            Body = string.IsNullOrEmpty(text) ? null : text,
            MediaUrls = media,
        };
    }
}
