using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// One v2 user record (CreateUserAttributesRequestDtoV2): the body of POST /v2/user/attributes and
/// each item of the bulk job's <c>users</c>.
/// </summary>
/// <param name="Identifiers">In lookup order.</param>
/// <param name="Profile">The personal attributes by path ("firstName", "location.city").</param>
internal sealed record UserRecordCommand(
    IReadOnlyList<UserIdentifier> Identifiers,
    IReadOnlyList<KeyValuePair<string, AttributeValue>> Profile,
    IReadOnlyList<KeyValuePair<string, AttributeValue>> Custom,
    IReadOnlyList<UserSubscriptionRequest> Subscriptions)
{
    public string? PhoneKey => KeyOf(UserIdentifierKind.Phone);

    public string? EmailKey => KeyOf(UserIdentifierKind.Email);

    public static UserRecordCommand FromJson(JsonElement element, string path = "")
    {
        var root = JsonFields.RequireObject(element, path.Length == 0 ? "The request body" : path.TrimEnd('.'));
        var identifiersObject = JsonFields.Object(root, "identifiers", path + "identifiers")
            ?? throw RequestRefusedException.BadRequest($"{path}identifiers is required.");
        var identifiers = new List<UserIdentifier>(2);
        UserIdentifierFields.Read(identifiersObject, path + "identifiers.", identifiers, IdentifyCommand.FieldKinds, customName: "key");
        if (identifiers.Count == 0)
        {
            throw RequestRefusedException.BadRequest($"{path}identifiers must contain at least one identifier.");
        }

        var attributes = JsonFields.Object(root, "attributes", path + "attributes");
        var custom = attributes is { } a ? JsonFields.Object(a, "custom", path + "attributes.custom") : null;
        return new UserRecordCommand(
            identifiers,
            attributes is { } profile ? ProfileFields.Read(profile, path + "attributes.") : [],
            custom is { } map ? AttributeValuesField.Read(map, path + "attributes.custom") : [],
            ReadSubscriptions(root, path));
    }

    private string? KeyOf(UserIdentifierKind kind) => Identifiers.FirstOrDefault(identifier => identifier.Kind == kind).Value;

    private static List<UserSubscriptionRequest> ReadSubscriptions(JsonElement root, string path)
    {
        var subscriptions = new List<UserSubscriptionRequest>();
        if (JsonFields.Array(root, "subscriptions", path + "subscriptions") is not { } array)
        {
            return subscriptions;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}subscriptions[{index++}]";
            var entry = JsonFields.RequireObject(item, itemPath);
            var source = JsonFields.NonEmptyString(entry, "signUpSourceId", itemPath + ".signUpSourceId")
                ?? throw RequestRefusedException.BadRequest($"{itemPath}.signUpSourceId is required.");
            if (!WireNames.TryParseChannel(JsonFields.String(entry, "channel", itemPath + ".channel"), out var channel))
            {
                throw RequestRefusedException.BadRequest($"{itemPath}.channel must be TEXT or EMAIL.");
            }

            subscriptions.Add(new UserSubscriptionRequest(source, channel, JsonFields.Boolean(entry, "singleOptIn", itemPath + ".singleOptIn") ?? false));
        }

        return subscriptions;
    }
}
