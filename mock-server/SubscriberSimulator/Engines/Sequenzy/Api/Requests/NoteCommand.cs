using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The body of POST .../notes: the note text, trimmed, 1 to 5000 characters.</summary>
internal static class NoteCommand
{
    public const int MaxLength = 5000;

    private static readonly string[] Fields = ["body"];

    public static void CheckShape(JsonElement body) => FromJson(body);

    /// <summary>The trimmed note text; missing, blank or too long is a 400.</summary>
    public static string FromJson(JsonElement json)
    {
        var text = RequestObject.Body(json, Fields).String("body")?.Trim();
        return text is { Length: > 0 and <= MaxLength } ? text : throw RequestRefusedException.BadRequest($"body must be 1 to {MaxLength} characters");
    }
}
