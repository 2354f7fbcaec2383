namespace SubscriberSimulator.Core.Outbox;

/// <summary>
/// One page of the outbox: the messages, how many match the filters in all, and the position to
/// continue from (null on the last page).
/// </summary>
/// <param name="Messages">At most the requested limit, oldest first.</param>
/// <param name="Total">Messages matching the filters, on every page.</param>
/// <param name="Next">The cursor of the next page; null when this is the last.</param>
internal sealed record OutboxPage(IReadOnlyList<OutboxMessage> Messages, int Total, long? Next);
