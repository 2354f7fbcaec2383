using SubscriberSdk.Attentive.Generated.Models;
using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Attentive.Internal;

/// <summary>
/// Checks the requests of the user operations (custom attributes and events, identity, the v2 user and
/// bulk calls) before anything is sent, and builds the generated models. Each refusal names the
/// parameter the way the other Attentive methods do.
/// </summary>
internal static class AttentiveUserRequestMapper
{
    public const int MaxAttributeNameLength = 200;
    public const int MaxIdentifierLength = 100;
    public const int MaxBulkRecords = 256;

    private const string ForbiddenInEventType = "\"'(){}[]\\|,";
    private const string ForbiddenInPropertyKey = "\"{}[]\\|";

    public static CustomAttributesRequest ToCustomAttributes(AttentiveCustomAttributesRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var properties = Guard.NotNull(request.Properties, nameof(request.Properties));
        foreach (var (name, value) in properties)
        {
            CheckAttribute(name, value, nameof(request.Properties));
        }

        return new CustomAttributesRequest
        {
            User = ToEventUser(request.User, nameof(request.User)),
            Properties = new CustomAttributesRequest_properties { AdditionalData = AttentiveJsonValues.ToUntyped(properties!) },
        };
    }

    /// <param name="request">The caller's event.</param>
    /// <param name="externalEventId">The caller's ID, or the one the client generated for it.</param>
    public static CustomEventsRequest ToCustomEvent(AttentiveCustomEventRequest request, string externalEventId)
    {
        Guard.NotNull(request, nameof(request));
        var type = Guard.Required(request.Type, nameof(request.Type), "Type (the event type)");
        if (type.AsSpan().IndexOfAny(ForbiddenInEventType) >= 0)
        {
            throw new InvalidSubscriberArgumentException("Type must not contain any of \" ' ( ) { } [ ] \\ | ,", nameof(request.Type));
        }

        if (request.Properties?.Keys.FirstOrDefault(key => key.AsSpan().IndexOfAny(ForbiddenInPropertyKey) >= 0) is not null)
        {
            throw new InvalidSubscriberArgumentException("Properties keys must not contain any of \" { } [ ] \\ |", nameof(request.Properties));
        }

        return new CustomEventsRequest
        {
            Type = type,
            User = ToEventUser(request.User, nameof(request.User)),
            Properties = request.Properties is null ? null : new CustomEventProperties { AdditionalData = AttentiveJsonValues.ToUntyped(request.Properties) },
            ExternalEventId = externalEventId,
            OccurredAt = request.OccurredAt,
        };
    }

    public static IdentifyRequestDto ToIdentify(AttentiveUserIdentifiers identifiers)
    {
        Guard.NotNull(identifiers, nameof(identifiers));
        var checkedIds = Check(identifiers, nameof(identifiers));
        var others = CountOf(checkedIds) - (checkedIds.ClientUserId is null ? 0 : 1) - checkedIds.Custom.Count;
        if (others == 0 && CountOf(checkedIds) < 2)
        {
            throw new InvalidSubscriberArgumentException(
                "identifiers needs a Phone, Email, ShopifyId or KlaviyoId, or a ClientUserId or custom identifier together with another identifier.", nameof(identifiers));
        }

        return new IdentifyRequestDto
        {
            Phone = checkedIds.Phone,
            Email = checkedIds.Email,
            ShopifyId = checkedIds.ShopifyId,
            KlaviyoId = checkedIds.KlaviyoId,
            ClientUserId = checkedIds.ClientUserId,
            CustomIdentifiers = checkedIds.Custom.Count == 0 ? null : [.. checkedIds.Custom.Select(c => new CustomIdentifierDto1 { Name = c.Name, Value = c.Value })],
        };
    }

    public static CreateUserAttributesRequestDtoV2 ToUserAttributes(AttentiveUserAttributesRequest request, string paramName)
    {
        Guard.NotNull(request, paramName);
        var identifiers = Check(Guard.NotNull(request.Identifiers, $"{paramName}.Identifiers"), $"{paramName}.Identifiers");
        if (CountOf(identifiers) == 0)
        {
            throw new InvalidSubscriberArgumentException($"{paramName}.Identifiers needs at least one identifier.", $"{paramName}.Identifiers");
        }

        var subscriptions = (request.Subscriptions ?? []).Select((subscription, index) =>
            ToSubscription(subscription, identifiers, $"{paramName}.Subscriptions[{index}]")).ToList();
        return new CreateUserAttributesRequestDtoV2
        {
            Identifiers = new UserIdentifiersDtoV2
            {
                Phone = identifiers.Phone,
                Email = identifiers.Email,
                ShopifyId = identifiers.ShopifyId,
                KlaviyoId = identifiers.KlaviyoId,
                ClientUserId = identifiers.ClientUserId,
                CustomIdentifiers = identifiers.Custom.Count == 0 ? null : [.. identifiers.Custom.Select(c => new CustomIdentifier { Key = c.Name, Value = c.Value })],
            },
            Attributes = request.Attributes is null ? null : ToAttributes(request.Attributes, $"{paramName}.Attributes"),
            Subscriptions = subscriptions.Count == 0 ? null : subscriptions,
        };
    }

    public static UserAttributes ToBulk(IEnumerable<AttentiveUserAttributesRequest>? users)
    {
        var records = Guard.Records(users, nameof(users), MaxBulkRecords);
        return new UserAttributes { Users = [.. records.Select((record, index) => ToUserAttributes(record, $"{nameof(users)}[{index}]"))] };
    }

    private static EventUser ToEventUser(AttentiveEventUser? user, string paramName)
    {
        Guard.NotNull(user, paramName);
        var phone = Optional(user!.Phone);
        var email = Optional(user.Email);
        var clientUserId = Optional(user.ClientUserId);
        var custom = CustomIdentifiers(user.CustomIdentifiers, $"{paramName}.CustomIdentifiers");
        Guard.AtLeastOne($"{paramName} needs a Phone, an Email, a ClientUserId or a custom identifier.", paramName,
            phone is not null, email is not null, clientUserId is not null, custom.Count > 0);
        return new EventUser
        {
            Phone = PhoneArgument.E164(phone, ProviderPhones.Attentive, PhoneRegions.Default, $"{paramName}.Phone"),
            Email = Guard.Email(email, $"{paramName}.Email"),
            ExternalIdentifiers = clientUserId is null && custom.Count == 0 ? null : new ExternalIdentifiers
            {
                ClientUserId = clientUserId,
                CustomIdentifiers = custom.Count == 0 ? null : [.. custom.Select(c => new CustomIdentifierDto { Name = c.Name, Value = c.Value })],
            },
        };
    }

    private static CheckedUserIdentifiers Check(AttentiveUserIdentifiers identifiers, string paramName)
    {
        var email = Guard.Email(Optional(identifiers.Email), $"{paramName}.Email");
        return new CheckedUserIdentifiers(
            PhoneArgument.E164(Optional(identifiers.Phone), ProviderPhones.Attentive, PhoneRegions.Default, $"{paramName}.Phone"),
            email is null ? null : AtMost100(email, $"{paramName}.Email"),
            AtMost100(Optional(identifiers.ShopifyId), $"{paramName}.ShopifyId"),
            AtMost100(Optional(identifiers.KlaviyoId), $"{paramName}.KlaviyoId"),
            AtMost100(Optional(identifiers.ClientUserId), $"{paramName}.ClientUserId"),
            CustomIdentifiers(identifiers.CustomIdentifiers, $"{paramName}.CustomIdentifiers"));
    }

    private static List<(string Name, string Value)> CustomIdentifiers(IReadOnlyList<AttentiveCustomIdentifier>? identifiers, string paramName) =>
        (identifiers ?? []).Select((identifier, index) =>
        {
            var name = $"{paramName}[{index}]";
            Guard.NotNull(identifier, name);
            return (Guard.Required(identifier.Name, $"{name}.Name", $"{name}.Name"),
                AtMost100(Guard.Required(identifier.Value, $"{name}.Value", $"{name}.Value"), $"{name}.Value")!);
        }).ToList();

    private static UserSubscriptionDtoV2 ToSubscription(AttentiveUserSubscription? subscription, CheckedUserIdentifiers identifiers, string paramName)
    {
        Guard.NotNull(subscription, paramName);
        var channel = subscription!.Channel;
        if (!Enum.IsDefined(channel))
        {
            throw new InvalidSubscriberArgumentException($"{paramName}.Channel must be Text or Email.", $"{paramName}.Channel");
        }

        if ((channel == AttentiveSubscriptionChannel.Text ? identifiers.Phone : identifiers.Email) is null)
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName} is a {channel} subscription: the identifiers need {(channel == AttentiveSubscriptionChannel.Text ? "a Phone" : "an Email")}.", paramName);
        }

        return new UserSubscriptionDtoV2
        {
            SignUpSourceId = Guard.Required(subscription.SignUpSourceId, $"{paramName}.SignUpSourceId", $"{paramName}.SignUpSourceId"),
            Channel = EnumMapping.Convert<AttentiveSubscriptionChannel, SubscriptionChannel>(channel),
            SingleOptIn = subscription.SingleOptIn,
        };
    }

    private static UserAttributesDtoV2 ToAttributes(AttentiveUserAttributes attributes, string paramName)
    {
        foreach (var (name, value) in attributes.Custom ?? new Dictionary<string, object>())
        {
            CheckAttribute(name, value, $"{paramName}.Custom");
        }

        return new UserAttributesDtoV2
        {
            FirstName = attributes.FirstName,
            LastName = attributes.LastName,
            Demographic = attributes.Demographic is { } d ? new UserDemographicDtoV2
            {
                Language = d.Language,
                DateOfBirth = d.DateOfBirth is { } birth ? new Microsoft.Kiota.Abstractions.Date(birth.Year, birth.Month, birth.Day) : null,
                Age = d.Age is < 0 ? throw new InvalidSubscriberArgumentException($"{paramName}.Demographic.Age must not be negative.", $"{paramName}.Demographic.Age") : d.Age,
                Organization = d.Organization,
                Title = d.Title,
                Website = d.Website,
            } : null,
            Location = attributes.Location is { } l ? new UserLocationDtoV2
            {
                Address1 = l.Address1, Address2 = l.Address2, City = l.City, State = l.State, Zip = l.Zip,
                Latitude = l.Latitude, Longitude = l.Longitude, Country = l.Country, Region = l.Region, Timezone = l.Timezone,
            } : null,
            Locale = attributes.Locale is { } locale ? new UserLocaleDtoV2 { Language = locale.Language, Country = locale.Country } : null,
            Custom = attributes.Custom is null ? null : new UserAttributesDtoV2_custom { AdditionalData = AttentiveJsonValues.ToUntyped(attributes.Custom!) },
        };
    }

    private static void CheckAttribute(string name, object? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxAttributeNameLength)
        {
            throw new InvalidSubscriberArgumentException($"{paramName} names must be 1 to {MaxAttributeNameLength} characters.", paramName);
        }

        if (!AttentiveJsonValues.IsAttributeValue(value))
        {
            throw new InvalidSubscriberArgumentException(
                $"{paramName}[\"{name}\"] must be a string, a number or a boolean; Attentive refuses lists, objects and null.", paramName);
        }
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? AtMost100(string? value, string paramName) =>
        value is { Length: > MaxIdentifierLength }
            ? throw new InvalidSubscriberArgumentException($"{paramName} holds at most {MaxIdentifierLength} characters.", paramName)
            : value;

    private static int CountOf(CheckedUserIdentifiers ids) =>
        new[] { ids.Phone, ids.Email, ids.ShopifyId, ids.KlaviyoId, ids.ClientUserId }.Count(value => value is not null) + ids.Custom.Count;
}
