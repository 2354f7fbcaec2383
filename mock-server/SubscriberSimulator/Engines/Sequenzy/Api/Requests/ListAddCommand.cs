using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The body of POST /lists/{listId}/subscribers: the emails as sent and how each is created or updated.</summary>
internal sealed record ListAddCommand(string[] Emails, DuplicateStrategy DuplicateStrategy, OptInMode OptInMode, bool? EnrollInSequences)
{
    private const int MaxEmails = 100;

    private static readonly string[] Fields = ["emails", "duplicateStrategy", "enrollInSequences", "optInMode"];

    /// <summary>The body check, before the spec step, in Sequenzy's words ("emails must contain 1 to 100 items").</summary>
    public static void CheckShape(JsonElement body)
    {
        if (RequestObject.Body(body, Fields).StringArray("emails") is not { Length: > 0 and <= MaxEmails })
        {
            throw RequestRefusedException.BadRequest($"emails must contain 1 to {MaxEmails} items");
        }
    }

    public static ListAddCommand FromJson(JsonElement json)
    {
        var body = RequestObject.Body(json, Fields);
        return new ListAddCommand(
            body.StringArray("emails")!,
            RequestFields.Enum(body, "duplicateStrategy", WireNames.ParseDuplicateStrategy) ?? DuplicateStrategy.Skip,
            RequestFields.Enum(body, "optInMode", WireNames.ParseOptInMode) ?? OptInMode.Default,
            body.Boolean("enrollInSequences"));
    }
}
