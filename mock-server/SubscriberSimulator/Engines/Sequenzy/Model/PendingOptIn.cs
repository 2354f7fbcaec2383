namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// A double opt-in waiting for the confirmation click: the token of the link that was emailed and
/// the tags and lists the request asked for, which are only applied on confirmation.
/// </summary>
internal sealed record PendingOptIn(string Token, string[] HeldTags, string[] HeldListIds, DateTimeOffset RequestedAt);
