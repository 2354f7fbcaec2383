namespace SubscriberSdk.Sequenzy;

/// <summary>
/// Tags to add to or remove from up to 500 existing subscribers per identifier kind; unknown identifiers are reported, never created.
/// </summary>
public sealed class SequenzyBulkTagRequest
{
    /// <summary>The tags (1 to 1000; normalised by Sequenzy).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Subscribers by email (up to 500).</summary>
    public IReadOnlyList<string>? Emails { get; init; }

    /// <summary>Subscribers by your id (up to 500).</summary>
    public IReadOnlyList<string>? ExternalIds { get; init; }

    /// <summary>Subscribers by Sequenzy's id (up to 500).</summary>
    public IReadOnlyList<string>? SubscriberIds { get; init; }

    /// <summary>Adding only: let tag-triggered sequences enrol the subscribers (needs the <c>automations:trigger</c> scope). Default: false.</summary>
    public bool? TriggerAutomations { get; init; }
}
