using System.Text.Json;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// A validated, normalised create-subscriber request (also one import record or one list-add
/// email). Null means "not sent", except where a flag says otherwise.
/// </summary>
internal sealed record UpsertCommand
{
    public static readonly string[] Fields =
    [
        "email", "externalId", "firstName", "lastName", "status", "optInMode", "tags", "lists", "customAttributes",
        "enrollInSequences", "duplicateStrategy", "phone", "phoneCountry", "smsConsent", "timezone", "createdAt",
    ];

    public string? Email { get; init; }

    public string? ExternalId { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    /// <summary>The initial status; applies only when the subscriber is created.</summary>
    public SubscriberStatus? Status { get; init; }

    public OptInMode OptInMode { get; init; } = OptInMode.Default;

    public DuplicateStrategy DuplicateStrategy { get; init; } = DuplicateStrategy.Skip;

    public string[]? Tags { get; init; }

    /// <summary>Omitted (null): a new subscriber gets the workspace default lists; empty: none.</summary>
    public string[]? ListIds { get; init; }

    public CustomAttribute[]? Attributes { get; init; }

    /// <summary>E.164.</summary>
    public string? Phone { get; init; }

    public bool? SmsConsent { get; init; }

    /// <summary>True when <c>timezone</c> was sent (a null <see cref="Timezone"/> then clears it).</summary>
    public bool TimezoneSent { get; init; }

    public string? Timezone { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The body check of POST /subscribers: an object of known fields (400), before the spec step.</summary>
    public static void CheckShape(JsonElement body) => RequestObject.Body(body, Fields);

    /// <summary>The body of POST /subscribers (already checked against the spec). Sequences are not simulated: <c>enrollInSequences</c> only matters for the scope check.</summary>
    public static UpsertCommand FromJson(RequestObject body)
    {
        var phone = RequestFields.Phone(body, body.String("phoneCountry"), "phoneCountry");
        return new UpsertCommand
        {
            Email = RequestFields.Email(body, "email"),
            ExternalId = RequestFields.ExternalId(body, "externalId"),
            FirstName = RequestFields.Name(body, "firstName"),
            LastName = RequestFields.Name(body, "lastName"),
            Status = RequestFields.Enum(body, "status", WireNames.ParseStatus),
            OptInMode = RequestFields.Enum(body, "optInMode", WireNames.ParseOptInMode) ?? OptInMode.Default,
            DuplicateStrategy = RequestFields.Enum(body, "duplicateStrategy", WireNames.ParseDuplicateStrategy) ?? DuplicateStrategy.Skip,
            Tags = RequestFields.Tags(body, "tags"),
            ListIds = body.StringArray("lists"),
            Attributes = body.Attributes("customAttributes"),
            Phone = phone,
            SmsConsent = body.Boolean("smsConsent"),
            TimezoneSent = body.Has("timezone"),
            Timezone = RequestFields.Timezone(body, "timezone", dropInvalid: false),
            CreatedAt = body.DateTime("createdAt"),
        };
    }
}
