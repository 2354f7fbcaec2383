namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>A workspace to create: its API key, double opt-in setting, lists and default lists.</summary>
public sealed class SequenzyWorkspaceOptions
{
    /// <summary>The workspace (tenant) id; generated ("ws_...") when null.</summary>
    public string? Id { get; set; }

    /// <summary>The API key sent as <c>Authorization: Bearer ...</c>; generated ("sk_live_sim_...") when null.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The workspace double opt-in setting (off by default, as in Sequenzy).</summary>
    public bool DoubleOptIn { get; set; }

    /// <summary>Scopes of <see cref="ApiKey"/>; empty means every scope ("subscribers:read", "subscribers:write",
    /// "subscribers:tag", "automations:trigger", "lists:write", "tags:write").</summary>
    public IList<string> Scopes { get; } = new List<string>();

    public IList<SequenzyListOptions> Lists { get; } = new List<SequenzyListOptions>();

    /// <summary>Ids of <see cref="Lists"/> a new subscriber joins when a create call omits <c>lists</c>.</summary>
    public IList<string> DefaultListIds { get; } = new List<string>();
}
