using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated.Models;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Checks the facade's event requests and maps them and the answers to and from the generated models.</summary>
internal static class SequenzyEventMapper
{
    public const int MaxEventsPerSubscriber = 500;
    public const int MaxImportEvents = 1000;
    private const int MaxNameLength = 255;

    public static TriggerEventRequest ToTriggerRequest(SequenzyEventRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var (email, externalId) = Identity(request.Email, request.ExternalId, nameof(request));
        return new TriggerEventRequest
        {
            Event = Name(request.Event, $"{nameof(request)}.{nameof(request.Event)}"),
            Email = email,
            ExternalId = externalId,
            Properties = Properties(request.Properties),
            CustomAttributes = Attributes(request.CustomAttributes),
            FirstName = request.FirstName,
            LastName = request.LastName,
            OccurredAt = request.OccurredAt,
            EventId = EventId(request.EventId, $"{nameof(request)}.{nameof(request.EventId)}", required: false),
        };
    }

    public static TriggerEventsRequest ToTriggerManyRequest(SequenzyEventBatch batch)
    {
        Guard.NotNull(batch, nameof(batch));
        var (email, externalId) = Identity(batch.Email, batch.ExternalId, nameof(batch));
        var events = Guard.Records(batch.Events, $"{nameof(batch)}.{nameof(batch.Events)}", MaxEventsPerSubscriber);
        return new TriggerEventsRequest
        {
            Email = email,
            ExternalId = externalId,
            Events = [.. events.Select((item, index) => ToEventItem(item, $"{nameof(batch)}.{nameof(batch.Events)}[{index}]"))],
            CustomAttributes = Attributes(batch.CustomAttributes),
            FirstName = batch.FirstName,
            LastName = batch.LastName,
        };
    }

    public static ImportEventsRequest ToImportRequest(IEnumerable<SequenzyImportEvent> events)
    {
        var list = Guard.Records(events, nameof(events), MaxImportEvents);
        return new ImportEventsRequest { Events = [.. list.Select((item, index) => ToImportRecord(item, $"{nameof(events)}[{index}]"))] };
    }

    public static SequenzyEventResult ToEventResult(TriggerEventResponse raw) => new()
    {
        Subscriber = raw.Subscriber is null ? null : SequenzyModelMapper.ToTaggedSubscriber(raw.Subscriber),
        Event = raw.Event is null ? null : ToRecordedEvent(raw.Event),
        Events = raw.Events?.Select(ToRecordedEvent).ToList() ?? [],
        Historical = raw.Historical ?? false,
        Inserted = raw.Inserted,
        Duplicates = raw.Duplicates,
        Duplicate = raw.Duplicate ?? false,
        OptIn = raw.OptIn is null ? null : SequenzyModelMapper.ToOptInState(raw.OptIn),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyEventResult ToEventResult(TriggerEventsResponse raw) => new()
    {
        Subscriber = raw.Subscriber is null ? null : SequenzyModelMapper.ToTaggedSubscriber(raw.Subscriber),
        Events = raw.Events?.Select(ToRecordedEvent).ToList() ?? [],
        Historical = raw.Historical ?? false,
        Inserted = raw.Inserted,
        Duplicates = raw.Duplicates,
        OptIn = raw.OptIn is null ? null : SequenzyModelMapper.ToOptInState(raw.OptIn),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyEventImportResult ToImportResult(ImportEventsResponse raw) => new()
    {
        Total = raw.Total ?? 0,
        Recorded = raw.Recorded ?? 0,
        Duplicates = raw.Duplicates ?? 0,
        Failed = raw.Failed ?? 0,
        Subscribers = raw.Subscribers ?? 0,
        Failures = raw.Failures?.Select(failure => new SequenzyEventImportFailure
        {
            Index = failure.Index ?? -1,
            Error = failure.Error ?? string.Empty,
            AdditionalProperties = KiotaValues.ToJson(failure.AdditionalData),
        }).ToList() ?? [],
        OptIn = raw.OptIn is null ? null : SequenzyModelMapper.ToOptInState(raw.OptIn),
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyRecordedEvent ToRecordedEvent(RecordedEvent raw) => new()
    {
        Id = raw.Id ?? string.Empty,
        Name = raw.Name ?? string.Empty,
        OccurredAt = raw.OccurredAt,
        DefinitionCreated = raw.DefinitionCreated ?? false,
        Duplicate = raw.Duplicate ?? false,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    private static SubscriberEventItem ToEventItem(SequenzyEventItem item, string name)
    {
        Guard.NotNull(item, name);
        return new SubscriberEventItem
        {
            Name = Name(item.Name, $"{name}.{nameof(item.Name)}"),
            Properties = Properties(item.Properties),
            OccurredAt = item.OccurredAt,
            EventId = EventId(item.EventId, $"{name}.{nameof(item.EventId)}", required: false),
        };
    }

    // Identity and email format stay per-event failures on the server (one bad row must not sink an
    // import), so only what fails the whole request is checked here.
    private static ImportEventRecord ToImportRecord(SequenzyImportEvent item, string name)
    {
        Guard.NotNull(item, name);
        return new ImportEventRecord
        {
            EventId = EventId(item.EventId, $"{name}.{nameof(item.EventId)}", required: true),
            Name = Name(item.Name, $"{name}.{nameof(item.Name)}"),
            Email = item.Email,
            ExternalId = item.ExternalId,
            OccurredAt = item.OccurredAt,
            Properties = Properties(item.Properties),
        };
    }

    private static (string? Email, string? ExternalId) Identity(string? email, string? externalId, string paramName)
    {
        Guard.AtLeastOne($"{paramName} needs an Email or an ExternalId.", paramName, !string.IsNullOrWhiteSpace(email), !string.IsNullOrWhiteSpace(externalId));
        return (Guard.Email(string.IsNullOrWhiteSpace(email) ? null : email, $"{paramName}.Email"), string.IsNullOrWhiteSpace(externalId) ? null : externalId.Trim());
    }

    private static string Name(string? value, string paramName)
    {
        var name = Guard.Required(value, paramName, "The event name");
        return name.Length <= MaxNameLength ? name : throw new InvalidSubscriberArgumentException($"The event name has {name.Length} characters; at most {MaxNameLength}.", paramName);
    }

    private static string? EventId(string? value, string paramName, bool required)
    {
        if (value is null && !required)
        {
            return null;
        }

        var id = Guard.Required(value, paramName, "The eventId");
        return id.Length <= MaxNameLength ? id : throw new InvalidSubscriberArgumentException($"The eventId has {id.Length} characters; at most {MaxNameLength}.", paramName);
    }

    private static EventProperties? Properties(IReadOnlyDictionary<string, object?>? values) =>
        values is null ? null : new EventProperties { AdditionalData = KiotaValues.FromCaller(values) };

    private static CustomAttributes? Attributes(IReadOnlyDictionary<string, object?>? values) =>
        values is null ? null : new CustomAttributes { AdditionalData = KiotaValues.FromCaller(values) };
}
