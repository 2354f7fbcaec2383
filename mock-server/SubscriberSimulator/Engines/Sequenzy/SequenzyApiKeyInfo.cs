namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>An API key of a workspace and its scopes.</summary>
public sealed record SequenzyApiKeyInfo(string Key, IReadOnlyList<string> Scopes);
