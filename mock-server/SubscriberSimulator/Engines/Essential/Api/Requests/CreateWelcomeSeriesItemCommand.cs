using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of the add-item endpoint: a name, a sequence index, and a body and/or media.</summary>
internal sealed class CreateWelcomeSeriesItemCommand
{
    private const int MaxMediaUrls = 10;

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
        if (string.IsNullOrEmpty(text) && media.Length == 0)
        {
            throw RequestRefusedException.BadRequest("Give 'body' or 'media_urls' (or both).");
        }

        if (media.Length > MaxMediaUrls)
        {
            throw RequestRefusedException.BadRequest($"'media_urls' holds at most {MaxMediaUrls} URLs.");
        }

        foreach (var url in media)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw RequestRefusedException.BadRequest("Every entry of 'media_urls' must be an absolute http(s) URL.");
            }
        }

        return new CreateWelcomeSeriesItemCommand
        {
            Name = name,
            SequenceId = sequence,
            Body = string.IsNullOrEmpty(text) ? null : text,
            MediaUrls = media,
        };
    }
}
