using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Attentive.Model;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api;

/// <summary>Attentive's query parameters: the contact a lookup names (the API's eligibility and the inspection controls).</summary>
internal static class AttentiveQuery
{
    /// <summary>The 400 for a phone whose '+' was sent unencoded (the spec's wording).</summary>
    public const string UnencodedPlusMessage = "phone must be E.164 and a '+' in a query string must be encoded as %2B (a raw '+' arrives as a space)";

    /// <summary>Exactly one of <c>phone</c> or <c>email</c>, checked and turned into its contact key; else a 400.</summary>
    public static (AttentiveChannel Channel, string Key) Contact(IRequestValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var phone = Phone(query);
        var email = query.TryGetValue("email", out var emailValues) ? emailValues.ToString() : null;
        if ((phone is null) == (email is null))
        {
            throw RequestRefusedException.BadRequest("Send exactly one of the query parameters phone or email.");
        }

        if (phone is not null && ArrivedWithUnencodedPlus(phone))
        {
            throw RequestRefusedException.BadRequest(UnencodedPlusMessage);
        }

        var channel = phone is not null ? AttentiveChannel.Text : AttentiveChannel.Email;
        return (channel, ContactIdentifiers.RequireKey(channel, phone ?? email!, ContactIdentifiers.FieldOf(channel)));
    }

    /// <summary>Exactly one of <c>phone</c>, <c>email</c> or <c>clientUserId</c>, as the identifier of a user (the user inspection control).</summary>
    public static UserIdentifier User(IRequestValues query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.TryGetValue("clientUserId", out var clientUserId))
        {
            return query.TryGetValue("phone", out _) || query.TryGetValue("email", out _) || clientUserId.ToString().Length == 0
                ? throw RequestRefusedException.BadRequest("Send exactly one of the query parameters phone, email or clientUserId.")
                : new UserIdentifier(UserIdentifierKind.ClientUserId, string.Empty, clientUserId.ToString());
        }

        var (channel, key) = Contact(query);
        return channel == AttentiveChannel.Text ? UserIdentifier.Phone(key) : UserIdentifier.Email(key);
    }

    /// <summary>The <c>phone</c> query value as the host decoded it, or null.</summary>
    public static string? Phone(IRequestValues query) =>
        query.TryGetValue("phone", out var values) ? values.ToString() : null;

    /// <summary>
    /// True for a value that is a space followed by digits: what "+13115552368" becomes when its '+'
    /// is not encoded, because form decoding reads '+' as a space. Works on the value the host hands
    /// the engine, not on the host's path: a host that decodes '+' as a space (ASP.NET Core's query
    /// parsing does) gets this 400, one that keeps the '+' gets the number as sent. Nothing is
    /// repaired, since a space is part of no E.164 number.
    /// </summary>
    public static bool ArrivedWithUnencodedPlus(string value) =>
        value.Length > 1 && value[0] == ' ' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
