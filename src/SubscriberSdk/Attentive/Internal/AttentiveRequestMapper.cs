using SubscriberSdk.Attentive.Api.Models;
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
        var user = User(request.Phone, request.Email, nameof(request));
        var hasSource = !string.IsNullOrWhiteSpace(request.SignUpSourceId);
        if (!hasSource && (request.Locale is null || request.SubscriptionType is null))
        {
            throw new InvalidSubscriberArgumentException(
                "request needs a SignUpSourceId, or both Locale and SubscriptionType, to say which sign-up unit the user joins.", nameof(request.SignUpSourceId));
        }

        var identifiers = request.ExternalIdentifiers;
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
            SubscriptionType = request.SubscriptionType,
            SingleOptIn = request.SingleOptIn,
            ExternalIdentifiers = identifiers,
        };
    }

    public static UnsubscribeSubscriptionsRequestDto ToUnsubscribe(AttentiveUnsubscribeRequest request)
    {
        Guard.NotNull(request, nameof(request));
        if (request.NotificationLanguage is { } language && !NotificationLanguages.Contains(language, StringComparer.Ordinal))
        {
            throw new InvalidSubscriberArgumentException("NotificationLanguage must be en-US or fr-CA.", nameof(request.NotificationLanguage));
        }

        return new UnsubscribeSubscriptionsRequestDto
        {
            User = User(request.Phone, request.Email, nameof(request)),
            Subscriptions = request.Subscriptions?.ToList(),
            Notification = request.DisableNotification || request.NotificationLanguage is not null
                ? new NotificationConfigDto { Disabled = request.DisableNotification ? true : null, Language = request.NotificationLanguage }
                : null,
        };
    }

    public static UserDto1 User(string? phone, string? email, string paramName)
    {
        Guard.AtLeastOne($"{paramName} needs a Phone or an Email to identify the user.", paramName,
            !string.IsNullOrWhiteSpace(phone), !string.IsNullOrWhiteSpace(email));
        return new UserDto1
        {
            // E.164 only, as Attentive takes it: the region is never used to read this number.
            Phone = PhoneArgument.E164(string.IsNullOrWhiteSpace(phone) ? null : phone, ProviderPhones.Attentive, PhoneRegions.Default, nameof(UserDto1.Phone)),
            Email = Guard.Email(string.IsNullOrWhiteSpace(email) ? null : email, nameof(UserDto1.Email)),
        };
    }

    public static OperationOutcome Outcome(AddSubscriptionsResponseDto? response) =>
        response?.SubscriptionResponses?.Any(r => r.SubscriptionCreationStatus == SubscriptionCreationStatus.NewlyCreated) == true
            ? OperationOutcome.Created
            : OperationOutcome.Skipped;

    public static OperationOutcome Outcome(UnsubscribeSubscriptionsResponseDto? response) =>
        response?.SubscriptionResponses?.Any(r => r.SubscriptionUnsubscribeStatus == SubscriptionUnsubscribeStatus.NewlyUnsubscribed) == true
            ? OperationOutcome.Removed
            : OperationOutcome.Skipped;
}
