using SubscriberSdk.Internal;
using SubscriberSdk.Sequenzy.Generated.Models;

namespace SubscriberSdk.Sequenzy.Internal;

/// <summary>Bulk tagging and tag definitions: request checks and the mapping of the generated models.</summary>
internal static class SequenzyTagMapper
{
    public const int MaxSubscribersPerBulkCall = 500;

    public static BulkAddTagsRequest ToBulkAdd(SequenzyBulkTagRequest request)
    {
        Guard.NotNull(request, nameof(request));
        var targets = Targets(request.Emails, request.ExternalIds, request.SubscriberIds, nameof(request));
        return new BulkAddTagsRequest
        {
            Tags = Tags(request),
            Emails = targets.Emails,
            ExternalIds = targets.ExternalIds,
            SubscriberIds = targets.SubscriberIds,
            TriggerAutomations = request.TriggerAutomations,
        };
    }

    public static BulkRemoveTagsRequest ToBulkRemove(SequenzyBulkTagRequest request)
    {
        Guard.NotNull(request, nameof(request));
        if (request.TriggerAutomations is not null)
        {
            throw new InvalidSubscriberArgumentException("TriggerAutomations applies only when adding tags; removing never triggers sequences.", $"{nameof(request)}.{nameof(request.TriggerAutomations)}");
        }

        var targets = Targets(request.Emails, request.ExternalIds, request.SubscriberIds, nameof(request));
        return new BulkRemoveTagsRequest
        {
            Tags = Tags(request),
            Emails = targets.Emails,
            ExternalIds = targets.ExternalIds,
            SubscriberIds = targets.SubscriberIds,
        };
    }

    /// <summary>
    /// The identifier lists of a bulk call: at least one identifier and at most 500 in all lists
    /// together (Sequenzy's limit); an empty list is sent as absent.
    /// </summary>
    public static (List<string>? Emails, List<string>? ExternalIds, List<string>? SubscriberIds) Targets(
        IReadOnlyList<string>? emails, IReadOnlyList<string>? externalIds, IReadOnlyList<string>? subscriberIds, string paramName)
    {
        var count = (emails?.Count ?? 0) + (externalIds?.Count ?? 0) + (subscriberIds?.Count ?? 0);
        if (count is 0 or > MaxSubscribersPerBulkCall)
        {
            var kinds = externalIds is null ? "Emails or SubscriberIds" : "Emails, ExternalIds or SubscriberIds";
            throw new InvalidSubscriberArgumentException($"{paramName} names {count} subscribers; give 1 to {MaxSubscribersPerBulkCall} in {kinds} together.", paramName);
        }

        return (NonEmpty(emails), NonEmpty(externalIds), NonEmpty(subscriberIds));
    }

    public static SequenzyBulkTagResult ToBulkTagResult(BulkTagsResponse raw) => new()
    {
        Requested = raw.Requested ?? 0,
        Matched = raw.Matched ?? 0,
        Updated = raw.Updated ?? 0,
        Unchanged = raw.Unchanged ?? 0,
        Failed = raw.Failed ?? 0,
        Tags = raw.Tags?.ToList() ?? [],
        TriggeredAutomations = raw.TriggeredAutomations ?? false,
        NotFound = raw.NotFound is null ? new SequenzyBulkTagNotFound() : new SequenzyBulkTagNotFound
        {
            Emails = raw.NotFound.Emails?.ToList() ?? [],
            ExternalIds = raw.NotFound.ExternalIds?.ToList() ?? [],
            SubscriberIds = raw.NotFound.SubscriberIds?.ToList() ?? [],
            AdditionalProperties = KiotaValues.ToJson(raw.NotFound.AdditionalData),
        },
        Failures = raw.Failures?.Select(failure => new SequenzyBulkTagFailure
        {
            SubscriberId = failure.SubscriberId ?? string.Empty,
            Error = failure.Error ?? string.Empty,
            AdditionalProperties = KiotaValues.ToJson(failure.AdditionalData),
        }).ToList() ?? [],
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    public static SequenzyTagDefinition ToTagDefinition(TagDefinition raw) => new()
    {
        Id = raw.Id ?? string.Empty,
        Name = raw.Name ?? string.Empty,
        Color = EnumMapping.Convert<TagColor, SequenzyTagColor>(raw.Color),
        IsSystem = raw.IsSystem ?? false,
        AdditionalProperties = KiotaValues.ToJson(raw.AdditionalData),
    };

    private static List<string> Tags(SequenzyBulkTagRequest request) =>
        [.. Guard.Records(request.Tags, $"{nameof(request)}.{nameof(request.Tags)}", SequenzyRequestMapper.MaxTagsPerRequest)];

    private static List<string>? NonEmpty(IReadOnlyList<string>? values) => values is { Count: > 0 } ? [.. values] : null;
}
