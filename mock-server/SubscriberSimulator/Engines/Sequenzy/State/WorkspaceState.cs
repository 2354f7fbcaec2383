using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.State;

/// <summary>One workspace in the state file.</summary>
internal sealed record WorkspaceState
{
    public required string Id { get; init; }

    public required List<SequenzyApiKey> ApiKeys { get; init; }

    public bool DoubleOptIn { get; init; }

    public bool FailSends { get; init; }

    public string[] DefaultListIds { get; init; } = [];

    public long NextSequence { get; init; }

    public List<SequenzyList> Lists { get; init; } = new();

    public List<TagDefinition> Tags { get; init; } = new();

    public List<SequenzySubscriber> Subscribers { get; init; } = new();

    public List<SubscriberImport> Imports { get; init; } = new();
}
