using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Attentive.Rules;

namespace SubscriberSimulator.Engines.Attentive.Api.Requests;

/// <summary>
/// The <c>user</c> of a subscribe or unsubscribe: the identifiers as sent (echoed in the response
/// and used as the message address) and their contact keys, each checked once here.
/// </summary>
internal sealed record RequestUser(string? Phone, string? Email, string? PhoneKey, string? EmailKey)
{
    public static RequestUser FromJson(JsonElement root)
    {
        var user = JsonFields.Object(root, "user", "user") ?? throw RequestRefusedException.BadRequest("user is required.");
        var phone = JsonFields.String(user, "phone", "user.phone");
        var email = JsonFields.String(user, "email", "user.email");
        if (phone is null && email is null)
        {
            throw RequestRefusedException.BadRequest("user must contain a phone or an email.");
        }

        return new RequestUser(
            phone,
            email,
            phone is null ? null : ContactIdentifiers.RequireKey(AttentiveChannel.Text, phone, "user.phone"),
            email is null ? null : ContactIdentifiers.RequireKey(AttentiveChannel.Email, email, "user.email"));
    }
}
