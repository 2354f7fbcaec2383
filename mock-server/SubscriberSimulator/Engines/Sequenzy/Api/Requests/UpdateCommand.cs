using System.Text.Json;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>A validated, normalised PATCH body. Null means "not sent" unless a *Sent flag says otherwise.</summary>
internal sealed record UpdateCommand
{
    public static readonly string[] Fields =
    [
        "email", "externalId", "firstName", "lastName", "status", "tags", "customAttributes", "customAttributesStrategy",
        "phone", "phoneCountry", "smsConsent", "timezone",
    ];

    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>"" clears.</summary>
    public string? FirstName { get; init; }

    /// <summary>"" clears.</summary>
    public string? LastName { get; init; }

    public SubscriberStatus? Status { get; init; }

    public string[]? Tags { get; init; }

    public CustomAttribute[]? Attributes { get; init; }

    /// <summary>True: <c>customAttributesStrategy: merge</c> (only the given keys change).</summary>
    public bool MergeAttributes { get; init; }

    public bool PhoneSent { get; init; }

    /// <summary>E.164, or null to clear (when <see cref="PhoneSent"/>).</summary>
    public string? Phone { get; init; }

    public bool? SmsConsent { get; init; }

    public bool TimezoneSent { get; init; }

    public string? Timezone { get; init; }

    /// <summary>The body check of PATCH /subscribers/...: an object of known fields (400), before the spec step.</summary>
    public static void CheckShape(JsonElement body) => RequestObject.Body(body, Fields);

    /// <summary>The PATCH body (already checked against the spec).</summary>
    public static UpdateCommand FromJson(JsonElement json)
    {
        var body = RequestObject.Body(json, Fields);
        foreach (var name in (ReadOnlySpan<string>)["firstName", "lastName"])
        {
            if (body.IsNull(name))
            {
                throw RequestRefusedException.BadRequest($"{name} must not be null; send \"\" to clear it");
            }
        }

        var phoneSent = body.Has("phone");
        var rawPhone = body.NullableString("phone");
        var country = body.String("phoneCountry");
        if (country is not null && (rawPhone is null || rawPhone.Length == 0))
        {
            throw RequestRefusedException.BadRequest("phoneCountry requires phone");
        }

        return new UpdateCommand
        {
            Email = RequestFields.Email(body, "email"),
            ExternalId = RequestFields.ExternalId(body, "externalId"),
            FirstName = RequestFields.Name(body, "firstName", allowEmpty: true),
            LastName = RequestFields.Name(body, "lastName", allowEmpty: true),
            Status = RequestFields.Enum(body, "status", WireNames.ParseStatus),
            Tags = RequestFields.Tags(body, "tags"),
            Attributes = body.Attributes("customAttributes"),
            MergeAttributes = body.String("customAttributesStrategy") switch
            {
                null or "replace" => false,
                "merge" => true,
                _ => throw RequestRefusedException.BadRequest("customAttributesStrategy must be one of: replace, merge"),
            },
            PhoneSent = phoneSent,
            Phone = string.IsNullOrEmpty(rawPhone) ? null : SequenzyPhone.Normalize(rawPhone, country, "phone"),
            SmsConsent = body.Boolean("smsConsent"),
            TimezoneSent = body.Has("timezone"),
            Timezone = RequestFields.Timezone(body, "timezone", dropInvalid: false),
        };
    }
}
