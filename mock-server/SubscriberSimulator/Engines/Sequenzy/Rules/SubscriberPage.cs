using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>One page of a listing; <paramref name="Next"/> is the position the next page starts after.</summary>
internal sealed record SubscriberPage(
    IReadOnlyList<SequenzySubscriber> Subscribers,
    int Total,
    bool HasMore,
    (DateTimeOffset CreatedAt, long Sequence)? Next);
