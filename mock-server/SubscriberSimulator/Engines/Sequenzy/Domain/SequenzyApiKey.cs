namespace SubscriberSimulator.Engines.Sequenzy.Domain;

/// <summary>An API key of a workspace and the scopes it carries.</summary>
internal sealed record SequenzyApiKey(string Key, string[] Scopes)
{
    public bool Has(string scope) => Array.IndexOf(Scopes, scope) >= 0;
}
