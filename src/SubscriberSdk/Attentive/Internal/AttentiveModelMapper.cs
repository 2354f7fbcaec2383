using SubscriberSdk.Attentive.Generated.Models;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Attentive.Internal;

/// <summary>Turns the generated (internal) models into the public Attentive models, field for field.</summary>
internal static class AttentiveModelMapper
{
    public static AttentiveUser ToUser(UserDto1 raw) => new()
    {
        Email = raw.Email,
        Phone = raw.Phone,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveExternalIdentifiers ToExternalIdentifiers(NewExternalIdentifierDto raw) => new()
    {
        ClientUserId = raw.ClientUserId,
        CustomIdentifiers = raw.CustomIdentifiers?.Select(ToCustomIdentifier).ToList() ?? [],
        KlaviyoId = raw.KlaviyoId,
        ShopifyId = raw.ShopifyId,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveCustomIdentifier ToCustomIdentifier(CustomIdentifierDto raw) => new()
    {
        Name = raw.Name,
        Value = raw.Value,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveSubscription ToSubscription(SubscriptionDto raw) => new()
    {
        Channel = EnumMapping.Convert<SubscriptionChannel, AttentiveSubscriptionChannel>(raw.Channel),
        Type = EnumMapping.Convert<SubscriptionType, AttentiveSubscriptionType>(raw.Type),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveSubscriptionCreation ToSubscriptionCreation(AddSubscriptionResponseDto raw) => new()
    {
        Subscription = raw.Subscription is null ? null : ToSubscription(raw.Subscription),
        SubscriptionCreationStatus = EnumMapping.Convert<SubscriptionCreationStatus, AttentiveSubscriptionCreationStatus>(raw.SubscriptionCreationStatus),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveSubscriptionRemoval ToSubscriptionRemoval(UnsubscribeSubscriptionResponseDto raw) => new()
    {
        Subscription = raw.Subscription is null ? null : ToSubscription(raw.Subscription),
        SubscriptionUnsubscribeStatus = EnumMapping.Convert<SubscriptionUnsubscribeStatus, AttentiveSubscriptionUnsubscribeStatus>(raw.SubscriptionUnsubscribeStatus),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveEligibility ToEligibility(EligibilityDto raw) => new()
    {
        IsEligible = raw.IsEligible,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveSubscriptionEligibility ToSubscriptionEligibility(SubscriptionEligibilityDto raw) => new()
    {
        Eligibility = raw.Eligibility is null ? null : ToEligibility(raw.Eligibility),
        Subscription = raw.Subscription is null ? null : ToSubscription(raw.Subscription),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveSubscribeResult ToSubscribeResult(AddSubscriptionsResponseDto raw) => new()
    {
        ExternalIdentifiers = raw.ExternalIdentifiers is null ? null : ToExternalIdentifiers(raw.ExternalIdentifiers),
        SubscriptionResponses = raw.SubscriptionResponses?.Select(ToSubscriptionCreation).ToList() ?? [],
        User = raw.User is null ? null : ToUser(raw.User),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveUnsubscribeResult ToUnsubscribeResult(UnsubscribeSubscriptionsResponseDto raw) => new()
    {
        SubscriptionResponses = raw.SubscriptionResponses?.Select(ToSubscriptionRemoval).ToList() ?? [],
        User = raw.User is null ? null : ToUser(raw.User),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveApplication ToApplication(GetMeResponseDto raw) => new()
    {
        ApplicationName = raw.ApplicationName,
        AttentiveDomainName = raw.AttentiveDomainName,
        CompanyId = raw.CompanyId,
        CompanyName = raw.CompanyName,
        ContactEmail = raw.ContactEmail,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveUserAttributesResult ToUserAttributesResult(Success raw) => new()
    {
        Success = raw.SuccessProp,
        Message = raw.Message,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveBulkJobSubmission ToBulkJobSubmission(BulkSuccessResponse raw) => new()
    {
        BatchJobId = ResponseValue.Required(raw.BatchJobId),
        Message = raw.Message,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static AttentiveBulkJob ToBulkJob(BulkJobStatusResponse raw) => new()
    {
        BulkJobId = ResponseValue.Required(raw.BulkJobId),
        Status = EnumMapping.Convert<BulkJobStatus, AttentiveBulkJobStatus>(raw.Status),
        TotalRecords = raw.TotalRecords,
        ResultsUrl = Uri.TryCreate(raw.Url, UriKind.Absolute, out var url) ? url : null,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };
}
