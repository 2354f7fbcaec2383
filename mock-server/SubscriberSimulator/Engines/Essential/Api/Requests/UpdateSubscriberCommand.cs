using System.Text.Json;
using SubscriberSimulator.Engines.Essential.Model;

namespace SubscriberSimulator.Engines.Essential.Api.Requests;

/// <summary>The body of PUT /v2/account/subscribers/{sid}: only the fields given change.</summary>
internal sealed class UpdateSubscriberCommand
{
    public string? PhoneNumber { get; init; }

    public string? EmailAddress { get; init; }

    public string? ExternalUserId { get; init; }

    public bool? Inboxed { get; init; }

    public SubscriberStatus? Status { get; init; }

    public static UpdateSubscriberCommand FromJson(JsonElement body)
    {
        JsonFields.RequireObject(body);
        string? phone = null, email = null, externalId = null;
        bool? inboxed = null;
        SubscriberStatus? status = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "phone_number": phone = JsonFields.OptionalString(property); break;
                case "email_address": email = JsonFields.OptionalString(property); break;
                case "external_user_id": externalId = JsonFields.OptionalString(property); break;
                case "inboxed": inboxed = JsonFields.OptionalBoolean(property); break;
                case "status":
                    var text = JsonFields.OptionalString(property);
                    status = text is null ? null : SubscriberStatusText.Parse(property.Name, text);
                    break;
                default: throw JsonFields.Unknown(property);
            }
        }

        return new UpdateSubscriberCommand
        {
            PhoneNumber = phone,
            EmailAddress = string.IsNullOrEmpty(email) ? null : email,
            ExternalUserId = externalId,
            Inboxed = inboxed,
            Status = status,
        };
    }
}
