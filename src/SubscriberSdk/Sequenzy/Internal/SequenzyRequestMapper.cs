using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated.Models;
using SubscriberSdk.Internal.Phones;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Validates facade requests and builds the generated models.</summary>
internal static class SequenzyRequestMapper
{
    public const int MaxTagsPerRequest = 1000;
    public const int MaxImportRecords = 5000;
    public const int MaxListEmails = 100;
    public const int MaxNoteLength = 5000;

    public static CreateSubscriberRequest ToCreate(SequenzySubscriberRequest request, string defaultRegion)
    {
        Guard.NotNull(request, nameof(request));
        Guard.AtLeastOne("request needs an Email, an ExternalId of an existing subscriber, or a Phone for an SMS-only contact.", nameof(request),
            !string.IsNullOrWhiteSpace(request.Email), !string.IsNullOrWhiteSpace(request.ExternalId), !string.IsNullOrWhiteSpace(request.Phone));
        return new CreateSubscriberRequest
        {
            Email = Guard.Email(request.Email, $"{nameof(request)}.{nameof(request.Email)}"),
            ExternalId = request.ExternalId?.Trim(),
            FirstName = request.FirstName,
            LastName = request.LastName,
            Phone = PhoneArgument.E164(request.Phone, ProviderPhones.Sequenzy, defaultRegion, $"{nameof(request)}.{nameof(request.Phone)}"),
            SmsConsent = request.SmsConsent,
            Status = EnumMapping.Convert<SequenzySubscriberStatus, SubscriberStatus>(request.Status),
            Tags = Tags(request.Tags, $"{nameof(request)}.{nameof(request.Tags)}"),
            Lists = request.Lists?.ToList(),
            CustomAttributes = Attributes(request.CustomAttributes),
            DuplicateStrategy = EnumMapping.Convert<SequenzyDuplicateStrategy, DuplicateStrategy>(request.DuplicateStrategy),
            OptInMode = EnumMapping.Convert<SequenzyOptInMode, OptInMode>(request.OptInMode),
            EnrollInSequences = request.EnrollInSequences,
            Timezone = request.Timezone,
        };
    }

    public static UpdateSubscriberRequest ToUpdate(SequenzySubscriberUpdate update, string defaultRegion)
    {
        Guard.NotNull(update, nameof(update));
        if (update.CustomAttributesStrategy is not null && update.CustomAttributes is null)
        {
            throw new InvalidSubscriberArgumentException("update.CustomAttributesStrategy needs update.CustomAttributes to apply to.", $"{nameof(update)}.{nameof(update.CustomAttributesStrategy)}");
        }

        return new UpdateSubscriberRequest
        {
            Email = Guard.Email(update.Email, $"{nameof(update)}.{nameof(update.Email)}"),
            ExternalId = update.ExternalId?.Trim(),
            FirstName = update.FirstName,
            LastName = update.LastName,
            Phone = PhoneArgument.E164(update.Phone, ProviderPhones.Sequenzy, defaultRegion, $"{nameof(update)}.{nameof(update.Phone)}"),
            SmsConsent = update.SmsConsent,
            Status = EnumMapping.Convert<SequenzySubscriberStatus, SubscriberStatus>(update.Status),
            Tags = Tags(update.Tags, $"{nameof(update)}.{nameof(update.Tags)}"),
            CustomAttributes = Attributes(update.CustomAttributes),
            CustomAttributesStrategy = EnumMapping.Convert<SequenzyCustomAttributesStrategy, CustomAttributesStrategy>(update.CustomAttributesStrategy),
            Timezone = update.Timezone,
        };
    }

    public static (string? Email, string? ExternalId) Key(SequenzySubscriberKey key, string paramName)
    {
        Guard.NotNull(key, paramName);
        return key.Email is not null
            ? (Guard.Email(Guard.Required(key.Email, paramName, "The email"), paramName), null)
            : (null, Guard.Required(key.ExternalId, paramName, "The external id"));
    }

    /// <summary>The external id of a path-form key; a <c>/</c> would split the path, so such ids need the query form.</summary>
    public static string PathExternalId(string externalId, string paramName) =>
        externalId.Contains('/', StringComparison.Ordinal)
            ? throw new InvalidSubscriberArgumentException(
                "An external id containing '/' cannot go in the path; use SequenzySubscriberKey.ByExternalId (query form) for it.", paramName)
            : externalId;

    public static string NoteBody(string? body, string paramName)
    {
        var text = Guard.Required(body, paramName, "The note body");
        return text.Length <= MaxNoteLength ? text : throw new InvalidSubscriberArgumentException($"The note body has {text.Length} characters; at most {MaxNoteLength}.", paramName);
    }

    public static ImportRecord ToImportRecord(SequenzySubscriberRequest record, int index, string defaultRegion)
    {
        var name = $"records[{index}]";
        Guard.NotNull(record, name);
        Guard.AtLeastOne($"{name} needs an Email or a Phone.", name, !string.IsNullOrWhiteSpace(record.Email), !string.IsNullOrWhiteSpace(record.Phone));
        return new ImportRecord
        {
            Email = Guard.Email(record.Email, $"{name}.Email"),
            ExternalId = record.ExternalId?.Trim(),
            FirstName = record.FirstName,
            LastName = record.LastName,
            Phone = PhoneArgument.E164(record.Phone, ProviderPhones.Sequenzy, defaultRegion, $"{name}.Phone"),
            Status = EnumMapping.Convert<SequenzySubscriberStatus, SubscriberStatus>(record.Status),
            Tags = Tags(record.Tags, $"{name}.Tags"),
            CustomAttributes = Attributes(record.CustomAttributes),
            Timezone = record.Timezone,
        };
    }

    public static OperationOutcome Outcome(CreateSubscriberResponse response) => response switch
    {
        { OptIn.Required: true } => OperationOutcome.PendingConfirmation,
        { Subscriber.Created: true } => OperationOutcome.Created,
        { Subscriber.Updated: true } => OperationOutcome.Updated,
        { Subscriber.Skipped: true } => OperationOutcome.Skipped,
        _ => OperationOutcome.Unknown,
    };

    public static List<string>? Tags(IReadOnlyList<string>? tags, string paramName) =>
        tags is null ? null : tags.Count == 0 ? [] : [.. Guard.Records(tags, paramName, MaxTagsPerRequest)];

    private static CustomAttributes? Attributes(IReadOnlyDictionary<string, object?>? values) =>
        values is null ? null : new CustomAttributes { AdditionalData = KiotaValues.FromCaller(values) };
}
