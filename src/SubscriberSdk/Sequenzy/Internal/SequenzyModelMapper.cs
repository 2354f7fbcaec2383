using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated.Models;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Turns the generated (internal) models into the public Sequenzy models, field for field.</summary>
internal static class SequenzyModelMapper
{
    public static SequenzySubscriber ToSubscriber(Subscriber raw) => new()
    {
        CreatedAt = raw.CreatedAt,
        CustomAttributes = KiotaValues.ToJson(raw.CustomAttributes?.AdditionalData),
        Email = raw.Email,
        EmailProvider = raw.EmailProvider,
        ExternalId = raw.ExternalId,
        FirstName = raw.FirstName,
        Id = raw.Id ?? string.Empty,
        LastName = raw.LastName,
        Phone = raw.Phone,
        SmsStatus = EnumMapping.Convert<SmsStatus, SequenzySmsStatus>(raw.SmsStatus),
        Status = EnumMapping.Convert<SubscriberStatus, SequenzySubscriberStatus>(raw.Status),
        Tags = raw.Tags?.ToList() ?? [],
        Timezone = raw.Timezone,
        UnsubscribedAt = raw.UnsubscribedAt,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyUpsertedSubscriber ToUpsertedSubscriber(UpsertedSubscriber raw, OptInState? optIn) => new(ToSubscriber(raw))
    {
        OptIn = optIn is null ? null : ToOptInState(optIn),
        Created = raw.Created ?? default,
        Skipped = raw.Skipped ?? default,
        Updated = raw.Updated ?? default,
    };

    public static SequenzySubscriberDetails ToSubscriberDetails(SubscriberDetails raw) => new(ToSubscriber(raw))
    {
        Activity = raw.Activity?.Select(ToActivityEvent).ToList() ?? [],
        EmailStats = raw.EmailStats is null ? null : ToEmailStats(raw.EmailStats),
        Lists = raw.Lists?.Select(ToListMembership).ToList() ?? [],
        SequenceEnrollments = raw.SequenceEnrollments?.Select(ToSequenceEnrollment).ToList() ?? [],
    };

    public static SequenzyOptInState ToOptInState(OptInState raw) => new()
    {
        EmailQueued = raw.EmailQueued ?? default,
        Required = raw.Required ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyListMembership ToListMembership(SubscriberListMembership raw) => new()
    {
        Description = raw.Description,
        Id = raw.Id ?? string.Empty,
        IsPrivate = raw.IsPrivate,
        Name = raw.Name ?? string.Empty,
        SubscribedAt = raw.SubscribedAt,
        UnsubscribedAt = raw.UnsubscribedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzySequenceEnrollment ToSequenceEnrollment(SequenceEnrollment raw) => new()
    {
        CurrentNodeId = raw.CurrentNodeId,
        CurrentNodeLabel = raw.CurrentNodeLabel,
        CurrentNodeType = raw.CurrentNodeType,
        EnrollmentStatus = raw.EnrollmentStatus,
        EnteredAt = raw.EnteredAt,
        ScheduledFor = raw.ScheduledFor,
        SequenceId = raw.SequenceId,
        SequenceName = raw.SequenceName,
        SequenceStatus = raw.SequenceStatus,
        TokenId = raw.TokenId,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyEmailStats ToEmailStats(EmailStats raw) => new()
    {
        Bounced = raw.Bounced,
        Clicked = raw.Clicked,
        Complained = raw.Complained,
        Delivered = raw.Delivered,
        Opened = raw.Opened,
        Sent = raw.Sent,
        Unsubscribed = raw.Unsubscribed,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyActivityEvent ToActivityEvent(ActivityEvent raw) => new()
    {
        BounceType = raw.BounceType,
        CampaignId = raw.CampaignId,
        ClickedUrl = raw.ClickedUrl,
        EmailSendId = raw.EmailSendId,
        EventName = raw.EventName,
        EventTime = raw.EventTime,
        EventType = raw.EventType,
        Id = raw.Id,
        Properties = KiotaValues.ToJson(raw.Properties?.AdditionalData),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyTaggedSubscriber ToTaggedSubscriber(TaggedSubscriber raw) => new()
    {
        Created = raw.Created ?? default,
        Email = raw.Email,
        ExternalId = raw.ExternalId,
        Id = raw.Id ?? string.Empty,
        Tags = raw.Tags?.ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyTag ToTag(TagResult raw) => new()
    {
        Created = raw.Created ?? default,
        Id = raw.Id ?? string.Empty,
        Name = raw.Name ?? string.Empty,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyTagsChange ToTagsChange(TagsChange raw) => new()
    {
        Added = raw.Added?.ToList() ?? [],
        Created = raw.Created?.ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyRemovedTag ToRemovedTag(RemovedTag raw) => new()
    {
        Name = raw.Name ?? string.Empty,
        Removed = raw.Removed ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyImport ToImport(SubscriberImport raw) => new()
    {
        AddedCount = raw.AddedCount,
        BatchId = raw.BatchId,
        CompletedAt = raw.CompletedAt,
        CompletedChunks = raw.CompletedChunks,
        CreatedAt = raw.CreatedAt,
        DuplicateRows = raw.DuplicateRows,
        EmailCount = raw.EmailCount,
        FailedChunkReasons = KiotaValues.ToIntegers(raw.FailedChunkReasons?.AdditionalData),
        FailedChunks = raw.FailedChunks,
        FailedCount = raw.FailedCount,
        FailedReasons = KiotaValues.ToIntegers(raw.FailedReasons?.AdditionalData),
        FileName = raw.FileName,
        Id = raw.Id ?? string.Empty,
        ProcessedCount = raw.ProcessedCount,
        SkippedCount = raw.SkippedCount,
        SkippedReasons = KiotaValues.ToIntegers(raw.SkippedReasons?.AdditionalData),
        StartedAt = raw.StartedAt,
        Status = EnumMapping.Convert<ImportStatus, SequenzyImportStatus>(raw.Status),
        TotalChunks = raw.TotalChunks,
        TotalRows = raw.TotalRows,
        UpdatedAt = raw.UpdatedAt,
        UpdatedCount = raw.UpdatedCount,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyList ToList(SubscriberList raw) => new()
    {
        ActiveSubscriberCount = raw.ActiveSubscriberCount,
        CreatedAt = raw.CreatedAt,
        Description = raw.Description,
        Id = raw.Id ?? string.Empty,
        IsPrivate = raw.IsPrivate,
        Name = raw.Name ?? string.Empty,
        SubscriberCount = raw.SubscriberCount,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyListAddEntry ToListAddEntry(ListAddResult raw) => new()
    {
        AddedToList = raw.AddedToList,
        Created = raw.Created,
        Email = raw.Email ?? string.Empty,
        Error = raw.Error,
        Skipped = raw.Skipped,
        Success = raw.Success ?? default,
        Updated = raw.Updated,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyCreateImportResult ToCreateImportResult(CreateImportResponse raw) => new()
    {
        Deduplicated = raw.Deduplicated ?? default,
        Import = raw.Import is null ? null : ToImport(raw.Import),
        Message = raw.Message,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyAddTagResult ToAddTagResult(AddTagResponse raw) => new()
    {
        OptIn = raw.OptIn is null ? null : ToOptInState(raw.OptIn),
        Subscriber = raw.Subscriber is null ? null : ToTaggedSubscriber(raw.Subscriber),
        Tag = raw.Tag is null ? null : ToTag(raw.Tag),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyAddTagsResult ToAddTagsResult(AddTagsResponse raw) => new()
    {
        OptIn = raw.OptIn is null ? null : ToOptInState(raw.OptIn),
        Subscriber = raw.Subscriber is null ? null : ToTaggedSubscriber(raw.Subscriber),
        Tags = raw.Tags is null ? null : ToTagsChange(raw.Tags),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyRemoveTagResult ToRemoveTagResult(RemoveTagResponse raw) => new()
    {
        Subscriber = raw.Subscriber is null ? null : ToTaggedSubscriber(raw.Subscriber),
        Tag = raw.Tag is null ? null : ToRemovedTag(raw.Tag),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyAddToListResult ToAddToListResult(AddSubscribersToListResponse raw) => new()
    {
        AddedToList = raw.AddedToList ?? default,
        Created = raw.Created ?? default,
        DuplicateInputCount = raw.DuplicateInputCount,
        Failed = raw.Failed ?? default,
        IgnoredBlankCount = raw.IgnoredBlankCount,
        ListId = raw.ListId ?? string.Empty,
        Processed = raw.Processed ?? default,
        Results = raw.Results?.Select(ToListAddEntry).ToList() ?? [],
        Skipped = raw.Skipped ?? default,
        Total = raw.Total ?? default,
        Updated = raw.Updated ?? default,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyNote ToNote(SubscriberNote raw) => new()
    {
        Id = raw.Id ?? string.Empty,
        SubscriberId = raw.SubscriberId ?? string.Empty,
        CompanyId = raw.CompanyId,
        AuthorId = raw.AuthorId,
        Body = raw.Body ?? string.Empty,
        CreatedAt = raw.CreatedAt,
        UpdatedAt = raw.UpdatedAt,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyListRemoveResult ToListRemoveResult(RemoveSubscribersFromListResponse raw) => new()
    {
        Removed = raw.Removed ?? 0,
        NotFound = raw.NotFound?.ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };
}
