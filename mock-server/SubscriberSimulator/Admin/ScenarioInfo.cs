namespace SubscriberSimulator.Admin;

/// <summary>A scenario as GET /__admin/scenarios shows it.</summary>
internal sealed record ScenarioInfo(string Name, string State, IReadOnlyList<string> PossibleStates);
