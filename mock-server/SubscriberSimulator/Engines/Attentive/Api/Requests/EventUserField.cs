using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// The <c>user</c> (EventUser) of custom attributes and custom events: a phone, an email and
/// external identifiers (client user ID, custom identifiers), at least one of them.
/// </summary>
internal static class EventUserField
{
    private static readonly UserIdentifierKind[] ContactKinds = [UserIdentifierKind.Phone, UserIdentifierKind.Email];
    private static readonly UserIdentifierKind[] ExternalKinds = [UserIdentifierKind.ClientUserId];

    /// <summary>The user's identifiers in lookup order.</summary>
    public static List<UserIdentifier> Read(JsonElement root)
    {
        var user = JsonFields.Object(root, "user", "user") ?? throw RequestRefusedException.BadRequest("user is required.");
        var identifiers = new List<UserIdentifier>(2);
        UserIdentifierFields.Read(user, "user.", identifiers, ContactKinds, customName: null);
        if (JsonFields.Object(user, "externalIdentifiers", "user.externalIdentifiers") is { } external)
        {
            UserIdentifierFields.Read(external, "user.externalIdentifiers.", identifiers, ExternalKinds, customName: "name");
        }

        return identifiers.Count > 0
            ? identifiers
            : throw RequestRefusedException.BadRequest("user must contain a phone, an email or externalIdentifiers with a clientUserId or custom identifiers.");
    }
}
