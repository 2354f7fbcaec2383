namespace SubscriberSimulator.Engines.Sequenzy.State;

/// <summary>The engine's section of the state file: id counters and every workspace.</summary>
internal sealed record SequenzyState
{
    public int Version { get; init; } = 1;

    public long[] IdCounters { get; init; } = [];

    public List<WorkspaceState> Workspaces { get; init; } = new();
}
