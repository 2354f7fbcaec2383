namespace SubscriberSdk.Essential;

/// <summary>One page of a message search.</summary>
public sealed class EssentialMessageSearchPage
{
    /// <summary>Messages matching the filters, over all pages.</summary>
    public int Total { get; init; }

    /// <summary>This page of matches, newest first.</summary>
    public IReadOnlyList<EssentialMessageSearchResult> Results { get; init; } = [];

    /// <summary>Another page follows (the response carried a <c>Link</c> with rel="next").</summary>
    public bool HasNextPage { get; init; }
}
