namespace SubscriberSimulator.Engines.Attentive;

/// <summary>A namespaced custom identifier attached to a contact.</summary>
public sealed record AttentiveCustomIdentifier(string Name, string Value);
