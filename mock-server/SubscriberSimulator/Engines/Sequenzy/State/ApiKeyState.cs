namespace SubscriberSimulator.Engines.Sequenzy.State;

/// <summary>One API key of a workspace in the state file, with the scopes it carries.</summary>
internal sealed record ApiKeyState(string Key, string[] Scopes);
