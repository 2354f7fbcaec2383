using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>
/// The fields every request body shares, read normalised: emails trimmed and lowercased,
/// externalIds trimmed, tags normalised, phones in E.164, time zones checked, enums by wire name.
/// </summary>
internal static class RequestFields
{
    private const int MaxNameLength = 255;

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
        return trimmed.Length > 0 ? trimmed : throw RequestRefusedException.BadRequest($"{body.Field(name)} must not be blank");
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
            throw RequestRefusedException.BadRequest($"{body.Field(name)} must be at most {MaxNameLength} characters");
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
            return country is null ? null : throw RequestRefusedException.BadRequest($"{countryField} requires phone");
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

        return dropInvalid ? null : throw RequestRefusedException.BadRequest($"{body.Field(name)} is not a valid IANA time zone");
    }

    public static T? Enum<T>(RequestObject body, string name, Func<string?, T?> parse)
        where T : struct
    {
        var raw = body.String(name);
        return raw is null ? null : parse(raw) ?? throw RequestRefusedException.BadRequest($"{body.Field(name)} has an unknown value");
    }
}
