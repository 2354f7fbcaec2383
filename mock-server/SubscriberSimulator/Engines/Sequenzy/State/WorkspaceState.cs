using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.State;

/// <summary>One workspace's own data in the state file (the kit writes its id, keys and send failure around it).</summary>
internal sealed record WorkspaceState
{
    /// <summary>Every key with its scopes, in the order the kit lists the workspace's credentials.</summary>
    public required List<ApiKeyState> ApiKeys { get; init; }

    public bool DoubleOptIn { get; init; }

    public string[] DefaultListIds { get; init; } = [];

    public long NextSequence { get; init; }

    public required SequenzyIds Ids { get; init; }

    public List<SequenzyList> Lists { get; init; } = new();

    public List<TagDefinition> Tags { get; init; } = new();

    public List<SequenzySubscriber> Subscribers { get; init; } = new();

    public List<SubscriberImport> Imports { get; init; } = new();

    public List<SubscriberNote> Notes { get; init; } = new();

    /// <summary>In recording order.</summary>
    public List<SubscriberEvent> Events { get; init; } = new();

    public List<EventDefinition> EventDefinitions { get; init; } = new();

    public List<SequenzySequence> Sequences { get; init; } = new();
}
