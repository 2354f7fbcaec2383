using SubscriberSdk.Attentive.Generated.Models;
using SubscriberSdk.Internal;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Attentive.Internal;

/// <summary>Validates facade requests and builds the generated models.</summary>
internal static class AttentiveRequestMapper
{
    private static readonly string[] NotificationLanguages = ["en-US", "fr-CA"];

    public static AddSubscriptionsRequestDto ToSubscribe(AttentiveSubscribeRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var user = User(request.Phone, request.Email, nameof(request), $"{nameof(request)}.{nameof(request.Phone)}", $"{nameof(request)}.{nameof(request.Email)}");
        var hasSource = !string.IsNullOrWhiteSpace(request.SignUpSourceId);
        if (!hasSource && (request.Locale is null || request.SubscriptionType is null))
        {
            throw new InvalidSubscriberArgumentException(
                "request needs a SignUpSourceId, or both Locale and SubscriptionType, to say which sign-up unit the user joins.", $"{nameof(request)}.{nameof(request.SignUpSourceId)}");
        }

        var identifiers = ToIdentifiers(request.ExternalIdentifiers);
        if (request.ClientUserId is not null)
        {
            identifiers ??= new NewExternalIdentifierDto();
            identifiers.ClientUserId = request.ClientUserId;
        }

        return new AddSubscriptionsRequestDto
        {
            User = user,
            SignUpSourceId = hasSource ? request.SignUpSourceId!.Trim() : null,
            Locale = request.Locale is { } locale ? new LocaleDto { Language = locale.Language, Country = locale.Country } : null,
            SubscriptionType = EnumMapping.Convert<AttentiveOptInSubscriptionType, OptInSubscriptionType>(request.SubscriptionType),
            SingleOptIn = request.SingleOptIn,
            ExternalIdentifiers = identifiers,
        };
    }

    public static UnsubscribeSubscriptionsRequestDto ToUnsubscribe(AttentiveUnsubscribeRequest request)
    {
        Guard.NotNull(request, nameof(request));
        if (request.NotificationLanguage is { } language && !NotificationLanguages.Contains(language, StringComparer.Ordinal))
        {
            throw new InvalidSubscriberArgumentException("request.NotificationLanguage must be en-US or fr-CA.", $"{nameof(request)}.{nameof(request.NotificationLanguage)}");
        }

        return new UnsubscribeSubscriptionsRequestDto
        {
            User = User(request.Phone, request.Email, nameof(request), $"{nameof(request)}.{nameof(request.Phone)}", $"{nameof(request)}.{nameof(request.Email)}"),
            Subscriptions = request.Subscriptions?.Select(s => new SubscriptionDto
            {
                Type = EnumMapping.Convert<AttentiveSubscriptionType, SubscriptionType>(s.Type),
                Channel = EnumMapping.Convert<AttentiveSubscriptionChannel, SubscriptionChannel>(s.Channel),
            }).ToList(),
            Notification = request.DisableNotification || request.NotificationLanguage is not null
                ? new NotificationConfigDto { Disabled = request.DisableNotification ? true : null, Language = request.NotificationLanguage }
                : null,
        };
    }

    /// <summary>The user a call is about; the names say where each value came from (e.g. <c>request.Phone</c>).</summary>
    public static UserDto1 User(string? phone, string? email, string paramName, string phoneName, string emailName)
    {
        Guard.AtLeastOne($"{paramName} needs a Phone or an Email to identify the user.", paramName,
            !string.IsNullOrWhiteSpace(phone), !string.IsNullOrWhiteSpace(email));
        return new UserDto1
        {
            // E.164 only, as Attentive takes it: the region is never used to read this number.
            Phone = PhoneArgument.E164(string.IsNullOrWhiteSpace(phone) ? null : phone, ProviderPhones.Attentive, PhoneRegions.Default, phoneName),
            Email = Guard.Email(string.IsNullOrWhiteSpace(email) ? null : email, emailName),
        };
    }

    public static OperationOutcome Outcome(AddSubscriptionsResponseDto response) =>
        response.SubscriptionResponses?.Any(r => r.SubscriptionCreationStatus == SubscriptionCreationStatus.NEWLY_CREATED) == true
            ? OperationOutcome.Created
            : OperationOutcome.Skipped;

    public static OperationOutcome Outcome(UnsubscribeSubscriptionsResponseDto response) =>
        response.SubscriptionResponses?.Any(r => r.SubscriptionUnsubscribeStatus == SubscriptionUnsubscribeStatus.NEWLY_UNSUBSCRIBED) == true
            ? OperationOutcome.Removed
            : OperationOutcome.Skipped;

    private static NewExternalIdentifierDto? ToIdentifiers(AttentiveExternalIdentifiers? identifiers) =>
        identifiers is null ? null : new NewExternalIdentifierDto
        {
            ClientUserId = identifiers.ClientUserId,
            ShopifyId = identifiers.ShopifyId,
            KlaviyoId = identifiers.KlaviyoId,
            CustomIdentifiers = identifiers.CustomIdentifiers.Count == 0
                ? null
                : [.. identifiers.CustomIdentifiers.Select(c => new CustomIdentifierDto { Name = c.Name, Value = c.Value })],
        };
}
