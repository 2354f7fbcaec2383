using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// Which user a call means. Identify and the v2 user calls link every identifier they carry (moving
/// one that names another user); the custom attribute and event calls look the user up, create one
/// for a phone or email nobody has, and never move identifiers.
/// </summary>
internal static class UserLookupRules
{
    /// <summary>The user any identifier names (first match in lookup order), else a new one, with every identifier linked to it.</summary>
    public static AttentiveUser LinkAll(StagedUsers users, IReadOnlyList<UserIdentifier> identifiers) =>
        users.Link(users.FindFirst(identifiers) ?? users.Create(), identifiers);

    /// <summary>
    /// The user of a custom attribute or event call. A phone or email that names nobody yet is linked
    /// to it (a new user when nothing matched); external identifiers only look up: when they alone
    /// were sent and were never linked through identify, the user is not found (404).
    /// </summary>
    public static AttentiveUser ForEvent(StagedUsers users, IReadOnlyList<UserIdentifier> identifiers)
    {
        var contacts = identifiers.Where(identifier => identifier.Kind is UserIdentifierKind.Phone or UserIdentifierKind.Email).ToList();
        var user = users.FindFirst(identifiers);
        if (user is null && contacts.Count == 0)
        {
            throw RequestRefusedException.NotFound(
                "User not found: these external identifiers were never linked to a phone or email; link them with POST /v1/identity-resolution/user-identifiers first.");
        }

        var unknown = contacts.Where(contact => users.Find(contact) is null).ToList();
        return unknown.Count == 0 ? user! : users.Link(user ?? users.Create(), unknown);
    }
}
