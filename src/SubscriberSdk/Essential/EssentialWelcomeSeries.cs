using System.Text.Json;

namespace SubscriberSdk.Essential;

/// <summary>An ordered set of welcome messages of a channel.</summary>
public sealed class EssentialWelcomeSeries
{
    /// <summary>The channel the series belongs to.</summary>
    public string ChannelSid { get; init; } = string.Empty;

    /// <summary>When the series was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The series' messages in order; a new series holds two pre-populated items.</summary>
    public IReadOnlyList<string> ItemSids { get; init; } = [];

    /// <summary>The series name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The series' position; 0 is the channel's default series.</summary>
    public int Sequence { get; init; }

    /// <summary>The welcome series SID.</summary>
    public string Sid { get; init; } = string.Empty;

    /// <summary>New series start <c>disabled</c>. Inferred: only <c>disabled</c> appears in the docs; <c>enabled</c> is the other state.</summary>
    public EssentialWelcomeSeriesStatus? Status { get; init; }

    /// <summary>Tags that select this series for a subscriber; empty for a new series.</summary>
    public IReadOnlyList<string> TagSids { get; init; } = [];

    /// <summary>When the series last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Fields the provider sent that its API description does not define, as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties { get; init; } = new Dictionary<string, JsonElement>();
}
