using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Http;

/// <summary>
/// Turns request bodies (already checked against the spec) into normalised commands: emails
/// trimmed and lowercased, externalIds trimmed, tags normalised, phones in E.164, time zones checked.
/// </summary>
internal static class RequestParsers
{
    private const int MaxNameLength = 255;

    public static readonly string[] CreateFields =
    [
        "email", "externalId", "firstName", "lastName", "status", "optInMode", "tags", "lists", "customAttributes",
        "enrollInSequences", "duplicateStrategy", "phone", "phoneCountry", "smsConsent", "timezone", "createdAt",
    ];

    public static readonly string[] UpdateFields =
    [
        "email", "externalId", "firstName", "lastName", "status", "tags", "customAttributes", "customAttributesStrategy",
        "phone", "phoneCountry", "smsConsent", "timezone",
    ];

    public static UpsertCommand ParseCreate(RequestObject body)
    {
        var phone = Phone(body, body.String("phoneCountry"), "phoneCountry");

        // Sequences are not simulated: enrollInSequences only matters for the scope check (handler).
        return new UpsertCommand
        {
            Email = Email(body, "email"),
            ExternalId = ExternalId(body, "externalId"),
            FirstName = Name(body, "firstName"),
            LastName = Name(body, "lastName"),
            Status = Enum(body, "status", WireNames.ParseStatus),
            OptInMode = Enum(body, "optInMode", WireNames.ParseOptInMode) ?? OptInMode.Default,
            DuplicateStrategy = Enum(body, "duplicateStrategy", WireNames.ParseDuplicateStrategy) ?? DuplicateStrategy.Skip,
            Tags = Tags(body, "tags"),
            ListIds = body.StringArray("lists"),
            Attributes = body.Attributes("customAttributes"),
            Phone = phone,
            SmsConsent = body.Boolean("smsConsent"),
            TimezoneSent = body.Has("timezone"),
            Timezone = Timezone(body, "timezone", dropInvalid: false),
            CreatedAt = body.DateTime("createdAt"),
        };
    }

    public static UpdateCommand ParseUpdate(RequestObject body)
    {
        foreach (var name in (ReadOnlySpan<string>)["firstName", "lastName"])
        {
            if (body.IsNull(name))
            {
                throw SequenzyRequestException.BadRequest($"{name} must not be null; send \"\" to clear it");
            }
        }

        var phoneSent = body.Has("phone");
        var rawPhone = body.NullableString("phone");
        var country = body.String("phoneCountry");
        if (country is not null && (rawPhone is null || rawPhone.Length == 0))
        {
            throw SequenzyRequestException.BadRequest("phoneCountry requires phone");
        }

        return new UpdateCommand
        {
            Email = Email(body, "email"),
            ExternalId = ExternalId(body, "externalId"),
            FirstName = Name(body, "firstName", allowEmpty: true),
            LastName = Name(body, "lastName", allowEmpty: true),
            Status = Enum(body, "status", WireNames.ParseStatus),
            Tags = Tags(body, "tags"),
            Attributes = body.Attributes("customAttributes"),
            MergeAttributes = body.String("customAttributesStrategy") switch
            {
                null or "replace" => false,
                "merge" => true,
                _ => throw SequenzyRequestException.BadRequest("customAttributesStrategy must be one of: replace, merge"),
            },
            PhoneSent = phoneSent,
            Phone = string.IsNullOrEmpty(rawPhone) ? null : SequenzyPhone.Normalize(rawPhone, country, "phone"),
            SmsConsent = body.Boolean("smsConsent"),
            TimezoneSent = body.Has("timezone"),
            Timezone = Timezone(body, "timezone", dropInvalid: false),
        };
    }

    public static string? Email(RequestObject body, string name)
    {
        var raw = body.String(name);
        return raw is null ? null : EmailAddress.Normalize(raw, body.Field(name));
    }

    public static string? ExternalId(RequestObject body, string name)
    {
        var raw = body.String(name);
        if (raw is null)
        {
            return null;
        }

        var trimmed = raw.Trim();
        return trimmed.Length > 0 ? trimmed : throw SequenzyRequestException.BadRequest($"{body.Field(name)} must not be blank");
    }

    public static string? Name(RequestObject body, string name, bool allowEmpty = false)
    {
        var value = body.String(name);
        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxNameLength)
        {
            throw SequenzyRequestException.BadRequest($"{body.Field(name)} must be at most {MaxNameLength} characters");
        }

        return value.Length == 0 && !allowEmpty ? null : value;
    }

    public static string[]? Tags(RequestObject body, string name)
    {
        var raw = body.StringArray(name);
        return raw is null ? null : TagNormalizer.NormalizeAll(raw, body.Field(name));
    }

    public static string? Phone(RequestObject body, string? country, string countryField)
    {
        var raw = body.String("phone");
        if (raw is null)
        {
            return country is null ? null : throw SequenzyRequestException.BadRequest($"{countryField} requires phone");
        }

        return SequenzyPhone.Normalize(raw, country, body.Field("phone"));
    }

    public static string? Timezone(RequestObject body, string name, bool dropInvalid)
    {
        var value = body.NullableString(name);
        if (value is null || TimezoneRule.IsValid(value))
        {
            return value;
        }

        return dropInvalid ? null : throw SequenzyRequestException.BadRequest($"{body.Field(name)} is not a valid IANA time zone");
    }

    public static T? Enum<T>(RequestObject body, string name, Func<string?, T?> parse)
        where T : struct
    {
        var raw = body.String(name);
        return raw is null ? null : parse(raw) ?? throw SequenzyRequestException.BadRequest($"{body.Field(name)} has an unknown value");
    }
}
