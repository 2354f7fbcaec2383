namespace SubscriberSimulator.Engines.Attentive;

/// <summary>A user of a company's identity graph, as the C# API shows it.</summary>
/// <param name="Identifiers">"kind:value" ("phone:+19148440001", "clientUserId:cust-1"), custom ones "custom:name=value".</param>
/// <param name="CustomAttributes">Name -> value as text (a number's JSON text, "true" / "false").</param>
/// <param name="Profile">The v2 personal attributes by path ("firstName", "location.city") -> value as text.</param>
public sealed record AttentiveUserView(
    string Id,
    IReadOnlyList<string> Identifiers,
    IReadOnlyDictionary<string, string> CustomAttributes,
    IReadOnlyDictionary<string, string> Profile,
    IReadOnlyList<AttentiveCustomEventView> CustomEvents);
