using System.Globalization;
using SubscriberSdk.Internal;
using SubscriberSdk.MobileTextAlerts.Generated.Models;

namespace SubscriberSdk.MobileTextAlerts.Internal;

/// <summary>Turns the generated (internal) models into the public Mobile Text Alerts models, field for field.</summary>
internal static class MobileTextAlertsModelMapper
{
    public static MobileTextAlertsSubscriber ToSubscriber(Subscriber raw) => new()
    {
        CarrierId = raw.CarrierId,
        CountryId = raw.CountryId,
        Date = raw.Date,
        E164Number = raw.E164Number,
        Email = raw.Email ?? string.Empty,
        FirstName = raw.FirstName ?? string.Empty,
        Groups = raw.Groups?.Select(ToSubscriberGroup).ToList() ?? [],
        Id = raw.Id ?? default,
        LastName = raw.LastName ?? string.Empty,
        LongNumber = raw.LongNumber ?? default,
        Number = raw.Number ?? default,
        SignupMethod = raw.SignupMethod,
        SubscriberFieldData = raw.SubscriberFieldData?.Select(ToSubscriberFieldValue).ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsSubscriberGroup ToSubscriberGroup(SubscriberGroup raw) => new()
    {
        AddedToGroupAt = raw.AddedToGroupAt,
        Id = raw.Id ?? default,
        Name = raw.Name ?? string.Empty,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsSubscriberFieldValue ToSubscriberFieldValue(SubscriberFieldDatum raw) => new()
    {
        Data = raw.Data ?? string.Empty,
        Id = raw.Id ?? default,
        SubscriberFieldId = raw.SubscriberFieldId ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsGroup ToGroup(Group raw) => new()
    {
        CreatedAt = raw.CreatedAt,
        Description = raw.Description,
        DisplayName = raw.DisplayName,
        Hidden = raw.Hidden,
        Id = raw.Id ?? default,
        IsTemporary = raw.IsTemporary,
        Keyword = raw.Keyword,
        Name = raw.Name ?? string.Empty,
        SortOrder = raw.SortOrder,
        Type = EnumMapping.Convert<Group_type, MobileTextAlertsGroupType>(raw.Type),
        WelcomeMessage = raw.WelcomeMessage,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsUnsubscribe ToUnsubscribe(Unsubscribe raw) => new()
    {
        Date = raw.Date,
        Email = raw.Email ?? string.Empty,
        Id = raw.Id ?? default,
        Name = raw.Name ?? string.Empty,
        Number = raw.Number ?? string.Empty,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsCustomField ToCustomField(CustomField raw) => new()
    {
        Created = raw.Created,
        Format = raw.Format,
        Hidden = raw.Hidden,
        Id = raw.Id ?? default,
        Name = raw.Name ?? string.Empty,
        Options = raw.Options?.ToList() ?? [],
        Type = EnumMapping.Convert<CustomFieldType, MobileTextAlertsCustomFieldType>(raw.Type),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkCreateResult ToBulkCreateResult(BulkCreateSubscribersResult raw) => new()
    {
        CreatedRecordCount = raw.CreatedRecordCount ?? default,
        CreatedRecords = raw.CreatedRecords?.Select(ToSubscriber).ToList() ?? [],
        ErrorRecordCount = raw.ErrorRecordCount ?? default,
        ErrorRecords = raw.ErrorRecords?.Select(ToBulkCreateError).ToList() ?? [],
        TotalRecordCount = raw.TotalRecordCount ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkUpdateResult ToBulkUpdateResult(BulkUpdateSubscribersResult raw) => new()
    {
        ErrorRecordCount = raw.ErrorRecordCount ?? default,
        ErrorRecords = raw.ErrorRecords?.Select(ToBulkUpdateError).ToList() ?? [],
        TotalRecordCount = raw.TotalRecordCount ?? default,
        UpdatedRecordCount = raw.UpdatedRecordCount ?? default,
        UpdatedRecords = raw.UpdatedRecords?.Select(ToBulkUpdateRecord).ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkUpdateRecord ToBulkUpdateRecord(BulkUpdateResponseRecord raw) => new()
    {
        Email = raw.Email,
        Id = raw.Id,
        PhoneNumber = raw.PhoneNumber,
        Record = raw.Record is null ? null : ToSubscriber(raw.Record),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkUpdateError ToBulkUpdateError(BulkUpdateErrorRecord raw) => new()
    {
        Email = raw.Email,
        Error = raw.Error ?? string.Empty,
        Id = raw.Id,
        PhoneNumber = raw.PhoneNumber,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkCreateError ToBulkCreateError(BulkCreateErrorRecord raw) => new()
    {
        Error = raw.Error ?? string.Empty,
        E164Number = raw.E164Number,
        Number = raw.Number?.Int64?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? raw.Number?.String,
        Email = raw.Email,
        FirstName = raw.FirstName,
        LastName = raw.LastName,
        EmployeeNumber = raw.EmployeeNumber,
        WelcomeMessage = raw.WelcomeMessage,
        GroupIds = raw.GroupIds?.OfType<long>().ToList() ?? [],
        SubscriberFields = KiotaValues.ToStrings(raw.SubscriberFields?.AdditionalData),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsGroupMemberCount ToGroupMemberCount(GroupMemberCount raw) => new()
    {
        Id = raw.Id ?? default,
        MemberCount = raw.MemberCount ?? default,
        Name = raw.Name ?? string.Empty,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    /// <summary>Group id (the map's string keys) to member count; keys that are not ids are left out.</summary>
    public static IReadOnlyDictionary<long, int> ToMemberCounts(GroupMemberCounts raw)
    {
        var counts = new Dictionary<long, int>();
        foreach (var (key, count) in KiotaValues.ToIntegers(raw.MemberCounts?.AdditionalData))
        {
            if (long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                counts[id] = count;
            }
        }

        return counts;
    }

    public static MobileTextAlertsSubscriberExport ToExport(SubscriberExport raw) => new()
    {
        ExportedAt = raw.ExportedAt,
        Rows = raw.Rows?.Select(ToSubscriber).ToList() ?? [],
        Total = raw.Total ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkUnsubscribeResult ToBulkUnsubscribeResult(BulkUnsubscribeResult raw) => new()
    {
        ErrorRecordCount = raw.ErrorRecordCount ?? default,
        ErrorRecords = raw.ErrorRecords?.Select(ToBulkUnsubscribeError).ToList() ?? [],
        TotalRecordCount = raw.TotalRecordCount ?? default,
        UnsubscribedRecordCount = raw.UnsubscribedRecordCount ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsBulkUnsubscribeError ToBulkUnsubscribeError(BulkUnsubscribeErrorRecord raw) => new()
    {
        Error = raw.Error ?? string.Empty,
        Number = raw.Number ?? string.Empty,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static MobileTextAlertsSendResult ToSendResult(SendResult raw) => new()
    {
        CreatedSubscriberCount = raw.CreatedSubscriberCount ?? default,
        MessageId = raw.MessageId?.ToString("D") ?? string.Empty,
        NoNumberCount = raw.NoNumberCount ?? default,
        OptedOutCount = raw.OptedOutCount ?? default,
        SentCount = raw.SentCount ?? default,
        TotalRecipientCount = raw.TotalRecipientCount ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    /// <summary>The bulk membership answer, whose only data is its message ("Added 2 subscribers to group 187561.").</summary>
    public static MobileTextAlertsGroupBulkResult ToGroupBulkResult(long groupId, string? message) => new()
    {
        GroupId = groupId,
        ChangedCount = GroupBulkMessage.Count(message),
        Message = message ?? string.Empty,
    };
}
