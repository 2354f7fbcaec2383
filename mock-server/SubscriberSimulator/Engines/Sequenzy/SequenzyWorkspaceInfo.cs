using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A workspace's configuration as the simulator holds it; <see cref="ApiKey"/> is the key it was created with.</summary>
public sealed record SequenzyWorkspaceInfo(
    string Id,
    string ApiKey,
    IReadOnlyList<SequenzyApiKeyInfo> ApiKeys,
    bool DoubleOptIn,
    SendFailure SendFailure,
    IReadOnlyList<string> DefaultListIds,
    IReadOnlyList<SequenzyListInfo> Lists,
    int SubscriberCount);
