namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>A message a request would send, held back until the request commits.</summary>
internal sealed record PendingMessage(
    string Kind,
    long PhoneNumber,
    string Body,
    IReadOnlyDictionary<string, string> Metadata);
