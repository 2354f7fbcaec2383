namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A workspace's configuration as the simulator holds it.</summary>
public sealed record SequenzyWorkspaceInfo(
    string Id,
    string ApiKey,
    IReadOnlyList<SequenzyApiKeyInfo> ApiKeys,
    bool DoubleOptIn,
    bool FailSends,
    IReadOnlyList<string> DefaultListIds,
    IReadOnlyList<SequenzyListInfo> Lists,
    int SubscriberCount);
