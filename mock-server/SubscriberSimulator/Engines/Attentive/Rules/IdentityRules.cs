using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// POST /v1/identity-resolution/user-identifiers: every identifier is linked to one user (the first
/// one any of them names, else a new one); a client user ID or custom identifier needs a companion.
/// </summary>
internal static class IdentityRules
{
    public static void Identify(UserWrites writes, IdentifyCommand command)
    {
        var identifiers = command.Identifiers;
        if (identifiers.Count == 0)
        {
            throw RequestRefusedException.BadRequest("Send at least one identifier to associate (phone, email, shopifyId, klaviyoId, clientUserId or customIdentifiers).");
        }

        if (identifiers is [{ Kind: UserIdentifierKind.ClientUserId or UserIdentifierKind.Custom }])
        {
            throw RequestRefusedException.BadRequest("clientUserId and custom identifiers need at least one other identifier");
        }

        UserLookupRules.LinkAll(writes.Users, identifiers);
    }
}
