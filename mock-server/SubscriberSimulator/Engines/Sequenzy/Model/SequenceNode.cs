using System.Text.Json.Serialization;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// One step of a sequence: its id, kind ("trigger", "action_email", "action_tag", "delay") and
/// label; a delay step waits <paramref name="DelayMinutes"/> before the next step.
/// </summary>
internal sealed record SequenceNode(string Id, string Type, string? Label, int? DelayMinutes)
{
    public const string TriggerType = "trigger";
    public const string DelayType = "delay";

    public static readonly string[] Types = [TriggerType, "action_email", "action_tag", DelayType];

    [JsonIgnore]
    public bool IsTrigger => Type == TriggerType;
}
