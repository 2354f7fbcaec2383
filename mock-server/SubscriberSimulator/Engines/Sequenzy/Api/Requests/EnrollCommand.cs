using System.Text.Json;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The body of POST /sequences/{sequenceId}/enroll: emails and/or subscriber IDs (1 to 500 together) and the step to start at.</summary>
internal sealed record EnrollCommand(SubscriberIdentifiers Identifiers, string? TargetNodeId)
{
    private static readonly string[] Fields = ["emails", "subscriberIds", "targetNodeId"];

    public static void CheckShape(JsonElement body) => FromJson(body);

    public static EnrollCommand FromJson(JsonElement json)
    {
        var body = RequestObject.Body(json, Fields);
        return new EnrollCommand(SubscriberIdentifiers.Read(body, withExternalIds: false), body.String("targetNodeId"));
    }
}
