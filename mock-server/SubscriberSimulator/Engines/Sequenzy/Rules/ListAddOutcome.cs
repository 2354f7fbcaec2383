namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>What adding emails to a list did: the emails sent, the blanks and repeats ignored, and one result per other email.</summary>
internal sealed record ListAddOutcome(string ListId, int Total, int IgnoredBlanks, int Duplicates, IReadOnlyList<ListAddResult> Results);
