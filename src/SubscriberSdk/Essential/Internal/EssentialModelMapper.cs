using SubscriberSdk.Essential.Generated.Models;
using SubscriberSdk.Internal;

namespace SubscriberSdk.Essential.Internal;

/// <summary>Turns the generated (internal) models into the public Essential models, field for field.</summary>
internal static class EssentialModelMapper
{
    public static EssentialSubscriber ToSubscriber(Subscriber raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        AddedToInboxAt = raw.AddedToInboxAt,
        Carrier = raw.Carrier,
        CarrierUpdatedAt = raw.CarrierUpdatedAt,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        EmailAddress = raw.EmailAddress,
        ExternalUserId = raw.ExternalUserId,
        FacebookId = raw.FacebookId,
        PhoneNumber = raw.PhoneNumber ?? string.Empty,
        Properties = KiotaValues.ToStrings(raw.Properties?.AdditionalData),
        Sid = raw.Sid ?? string.Empty,
        Status = EnumMapping.Convert<SubscriberStatus, EssentialSubscriberStatus>(raw.Status),
        SubscribedAt = raw.SubscribedAt,
        TagSids = raw.TagSids?.ToList() ?? [],
        TransportSid = raw.TransportSid,
        UnsubscribedAt = raw.UnsubscribedAt,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialTag ToTag(Tag raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        CanonicalName = raw.CanonicalName ?? string.Empty,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        DeletedAt = raw.DeletedAt,
        Name = raw.Name ?? string.Empty,
        NumSubscribersActive = raw.NumSubscribersActive,
        NumSubscribersTotal = raw.NumSubscribersTotal,
        Sid = raw.Sid ?? string.Empty,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialWelcomeSeries ToWelcomeSeries(WelcomeSeries raw) => new()
    {
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        ItemSids = raw.ItemSids?.ToList() ?? [],
        Name = raw.Name ?? string.Empty,
        Sequence = raw.Sequence ?? default,
        Sid = raw.Sid ?? string.Empty,
        Status = EnumMapping.Convert<WelcomeSeries_status, EssentialWelcomeSeriesStatus>(raw.Status),
        TagSids = raw.TagSids?.ToList() ?? [],
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialWelcomeSeriesItem ToWelcomeSeriesItem(WelcomeSeriesItem raw) => new()
    {
        AccountSid = raw.AccountSid ?? string.Empty,
        Body = raw.Body,
        ChannelSid = raw.ChannelSid ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        MediaUrls = raw.MediaUrls?.ToList() ?? [],
        Name = raw.Name ?? string.Empty,
        SequenceId = raw.SequenceId ?? default,
        Sid = raw.Sid ?? string.Empty,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static EssentialWorkflowExecution ToWorkflowExecution(WorkflowExecution raw) => new()
    {
        AutomationWorkflowSid = raw.AutomationWorkflowSid,
        ChannelSid = raw.ChannelSid,
        CompletionDate = raw.CompletionDate,
        CreatedAt = raw.CreatedAt,
        Kwargs = KiotaValues.ToJson(raw.Kwargs?.AdditionalData),
        Sid = raw.Sid,
        StartDate = raw.StartDate,
        StartedBy = raw.StartedBy,
        Status = raw.Status,
        SubscriberSid = raw.SubscriberSid,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };
}
