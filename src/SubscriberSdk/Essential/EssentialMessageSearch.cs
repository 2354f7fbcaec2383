namespace SubscriberSdk.Essential;

/// <summary>Filters of a message search; they combine with AND, and null means "any".</summary>
public sealed class EssentialMessageSearch
{
    /// <summary>Only messages of this channel (SID or name).</summary>
    public string? Channel { get; init; }

    /// <summary>Only messages to this US number (any accepted form) or short code.</summary>
    public string? ToPhoneNumber { get; init; }

    /// <summary>Only messages from this US number (any accepted form) or short code.</summary>
    public string? FromPhoneNumber { get; init; }

    /// <summary>Only messages created at or after this time.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>Only messages created before this time.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>Only messages with this status, e.g. <c>sent</c>, <c>received</c>, <c>delivered</c>.</summary>
    public string? Status { get; init; }
}
