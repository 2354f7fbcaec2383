using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>The body of POST /v1/attributes/custom (CustomAttributesRequest).</summary>
internal sealed record CustomAttributesCommand(IReadOnlyList<UserIdentifier> User, IReadOnlyList<KeyValuePair<string, AttributeValue>> Properties)
{
    public static CustomAttributesCommand FromJson(JsonElement body)
    {
        var root = JsonFields.RequireObject(body);
        var properties = JsonFields.Object(root, "properties", "properties") ?? throw RequestRefusedException.BadRequest("properties is required.");
        return new CustomAttributesCommand(EventUserField.Read(root), AttributeValuesField.Read(properties, "properties"));
    }
}
