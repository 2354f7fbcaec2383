using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>The body of POST /v1/identity-resolution/user-identifiers (IdentifyRequestDto): identifiers in lookup order.</summary>
internal sealed record IdentifyCommand(IReadOnlyList<UserIdentifier> Identifiers)
{
    /// <summary>Every identifier kind identify takes as a field of the body (custom identifiers come after).</summary>
    public static readonly UserIdentifierKind[] FieldKinds =
    [
        UserIdentifierKind.Phone, UserIdentifierKind.Email, UserIdentifierKind.ShopifyId, UserIdentifierKind.KlaviyoId, UserIdentifierKind.ClientUserId,
    ];

    public static IdentifyCommand FromJson(JsonElement body)
    {
        var identifiers = new List<UserIdentifier>(2);
        UserIdentifierFields.Read(JsonFields.RequireObject(body), string.Empty, identifiers, FieldKinds, customName: "name");
        return new IdentifyCommand(identifiers);
    }
}
