namespace SubscriberSdk.Sequenzy;

/// <summary>Which subscribers <see cref="SequenzySubscribersClient.ListAsync"/> returns.</summary>
public sealed class SequenzySubscriberFilter
{
    /// <summary>Only this status.</summary>
    public SequenzySubscriberStatusFilter? Status { get; init; }

    /// <summary>Free-text search.</summary>
    public string? Query { get; init; }

    /// <summary>Only subscribers with all of these tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Only members of this list.</summary>
    public string? ListId { get; init; }

    /// <summary>Only members of this segment.</summary>
    public string? SegmentId { get; init; }
}
