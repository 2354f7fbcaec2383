using System.Globalization;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>Reads GET /subscribers' query (already checked against the spec) into a <see cref="ListQuery"/>; the workspace resolves list names.</summary>
internal static class ListQueryParser
{
    public static ListQuery Parse(IRequestValues query, SequenzyWorkspace workspace)
    {
        var cursor = Single(query, "cursor");
        if (cursor is not null && query.TryGetValue("page", out _))
        {
            throw RequestRefusedException.BadRequest("cursor cannot be combined with page");
        }

        var listIds = new List<string>();
        var unknownList = false;
        foreach (var (name, byName, byId) in (ReadOnlySpan<(string, bool, bool)>)[("listId", false, true), ("listName", true, false), ("list", true, true)])
        {
            if (Single(query, name) is not { } value)
            {
                continue;
            }

            var list = (byId ? workspace.FindList(value) : null) ?? (byName ? workspace.FindListByName(value) : null);
            if (list is null)
            {
                unknownList = true;
            }
            else
            {
                listIds.Add(list.Id);
            }
        }

        var status = Single(query, "status");
        return new ListQuery
        {
            Page = Int(query, "page") ?? 1,
            Limit = Int(query, "limit") ?? 20,
            Status = status is null or "all" ? null : WireNames.ParseStatus(status),
            Text = NullIfEmpty(Single(query, "query"))?.ToLowerInvariant(),
            EmailContains = NullIfEmpty(Single(query, "email"))?.Trim().ToLowerInvariant(),
            Tags = Single(query, "tags") is { } tags ? ParseTags(tags) : [],
            Segment = Single(query, "segmentId") is not null,
            ListIds = listIds.ToArray(),
            UnknownList = unknownList,
            Attribute = ParseAttribute(Single(query, "attribute"), Single(query, "attributeOperator")),
            After = cursor is null ? null : ListCursor.Decode(cursor),
            IncludeTotal = !string.Equals(Single(query, "includeTotal"), "false", StringComparison.OrdinalIgnoreCase),
            UnsubscribedAfter = Date(query, "unsubscribedAfter"),
            UnsubscribedBefore = Date(query, "unsubscribedBefore"),
        };
    }

    private static string[] ParseTags(string tags)
    {
        var result = new List<string>();
        foreach (var part in tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TagNormalizer.Normalize(part) is { } tag)
            {
                result.Add(tag);
            }
        }

        return result.ToArray();
    }

    private static AttributeFilter? ParseAttribute(string? attribute, string? op)
    {
        if (attribute is null)
        {
            return op is null ? null : throw RequestRefusedException.BadRequest("attributeOperator requires attribute");
        }

        var colon = attribute.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? attribute : attribute[..colon];
        var value = colon < 0 ? string.Empty : attribute[(colon + 1)..];
        var operation = op ?? "is";
        if (name.Length == 0 || (colon < 0 && operation != "is_not_empty"))
        {
            throw RequestRefusedException.BadRequest("attribute must have the form name:value");
        }

        return new AttributeFilter(name, value, operation);
    }

    private static string? Single(IRequestValues query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static int? Int(IRequestValues query, string name) =>
        Single(query, name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1
                ? value
                : throw RequestRefusedException.BadRequest($"{name} must be a positive integer")
            : null;

    private static DateTimeOffset? Date(IRequestValues query, string name) =>
        Single(query, name) is { } text
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : throw RequestRefusedException.BadRequest($"{name} must be an ISO 8601 date-time")
            : null;
}
