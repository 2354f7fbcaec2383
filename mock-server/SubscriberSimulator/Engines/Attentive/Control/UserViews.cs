using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Control;

/// <summary>Users and their events as the C# API's public records.</summary>
internal static class UserViews
{
    public static AttentiveUserView Of(AttentiveUser user, IEnumerable<AttentiveCustomEvent> events) => new(
        user.Id,
        user.Identifiers.Select(Describe).ToList(),
        user.CustomAttributes.ToDictionary(pair => pair.Key, pair => pair.Value.Text, StringComparer.Ordinal),
        user.Profile.ToDictionary(pair => pair.Key, pair => pair.Value.Text, StringComparer.Ordinal),
        events.Select(recorded => new AttentiveCustomEventView(
            recorded.Type, recorded.ExternalEventId, recorded.OccurredAt, recorded.TriggersJourneys, recorded.PropertiesJson)).ToList());

    private static string Describe(UserIdentifier identifier) => identifier.Kind == UserIdentifierKind.Custom
        ? $"custom:{identifier.Name}={identifier.Value}"
        : $"{WireNames.Of(identifier.Kind)}:{identifier.Value}";
}
