using System.Text.Json;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The body of POST /lists/{listId}/subscribers/remove: emails and/or subscriber IDs, 1 to 500 together.</summary>
internal static class ListRemoveCommand
{
    private static readonly string[] Fields = ["emails", "subscriberIds"];

    public static void CheckShape(JsonElement body) => FromJson(body);

    public static SubscriberIdentifiers FromJson(JsonElement body) => SubscriberIdentifiers.Read(RequestObject.Body(body, Fields), withExternalIds: false);
}
