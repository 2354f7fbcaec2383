using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Api.Requests;

/// <summary>The validated filters and paging of GET /subscribers; every filter combines with AND.</summary>
internal sealed record ListQuery
{
    public int Page { get; init; } = 1;

    public int Limit { get; init; } = 20;

    public SubscriberStatus? Status { get; init; }

    /// <summary>Lowercased free text matched against email, names and tags.</summary>
    public string? Text { get; init; }

    /// <summary>Lowercased partial email.</summary>
    public string? EmailContains { get; init; }

    /// <summary>Normalised tag names the subscriber must all have.</summary>
    public string[] Tags { get; init; } = [];

    /// <summary>True: a segment was asked for; the simulator has no segments, so nothing matches.</summary>
    public bool Segment { get; init; }

    /// <summary>Resolved list ids the subscriber must currently belong to; a list that does not exist matches nothing.</summary>
    public string[] ListIds { get; init; } = [];

    public bool UnknownList { get; init; }

    public AttributeFilter? Attribute { get; init; }

    public (DateTimeOffset CreatedAt, long Sequence)? After { get; init; }

    public bool IncludeTotal { get; init; } = true;

    public DateTimeOffset? UnsubscribedAfter { get; init; }

    public DateTimeOffset? UnsubscribedBefore { get; init; }
}
