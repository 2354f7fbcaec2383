using System.Text.Json.Serialization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// A sequence (automation), authored in Sequenzy's dashboard, so seeded here by a control. It
/// starts for a subscriber when <paramref name="TriggerEvent"/> fires for them or
/// <paramref name="TriggerTag"/> is added to them (neither: manual enrolment only), and it
/// references <paramref name="StopTags"/> as stop conditions. Its first node is its trigger.
/// Open for enrolment while enabled and not paused.
/// </summary>
internal sealed record SequenzySequence(
    string Id,
    string Name,
    bool Enabled,
    bool EnrollmentPaused,
    string? TriggerEvent,
    string? TriggerTag,
    string[] StopTags,
    SequenceNode[] Nodes,
    DateTimeOffset CreatedAt)
{
    [JsonIgnore]
    public bool IsOpen => Enabled && !EnrollmentPaused;

    /// <summary>The first step after the trigger, where an enrolment starts by default.</summary>
    [JsonIgnore]
    public SequenceNode FirstStep => Nodes[1];

    public SequenceNode? FindNode(string nodeId) => Array.Find(Nodes, node => node.Id == nodeId);

    /// <summary>True when the sequence names the tag as its trigger or a stop condition.</summary>
    public bool References(string tag) => TriggerTag == tag || Array.IndexOf(StopTags, tag) >= 0;
}
