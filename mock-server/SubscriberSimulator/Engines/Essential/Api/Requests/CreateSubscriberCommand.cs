using System.Text.Json;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of POST /v2/account/subscribers.</summary>
internal sealed class CreateSubscriberCommand
{
    public required string PhoneNumber { get; init; }

    public required string Channel { get; init; }

    public string? EmailAddress { get; init; }

    public string? ExternalUserId { get; init; }

    public static CreateSubscriberCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? phone = null, channel = null, email = null, externalId = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "phone_number": phone = JsonFields.OptionalString(property); break;
                case "channel": channel = JsonFields.OptionalString(property); break;
                case "email_address": email = JsonFields.OptionalString(property); break;
                case "external_user_id": externalId = JsonFields.OptionalString(property); break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new CreateSubscriberCommand
        {
            PhoneNumber = JsonFields.Required(phone, "phone_number"),
            Channel = JsonFields.Required(channel, "channel"),
            EmailAddress = string.IsNullOrEmpty(email) ? null : email,
            ExternalUserId = externalId,
        };
    }
}
