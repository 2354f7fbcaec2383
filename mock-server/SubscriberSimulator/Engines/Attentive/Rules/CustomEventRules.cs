using SubscriberSimulator.Engines.Attentive.Api.Requests;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// POST /v1/events/custom: the event is recorded on its user; one that happened more than 12 hours
/// ago triggers no journey; an <c>externalEventId</c> the company has already recorded is accepted
/// and not recorded again (the spec's Decision).
/// </summary>
internal static class CustomEventRules
{
    public static readonly TimeSpan JourneyWindow = TimeSpan.FromHours(12);

    public static void Record(UserWrites writes, CustomEventCommand command)
    {
        var user = UserLookupRules.ForEvent(writes.Users, command.User);
        var events = writes.Company.CustomEvents;
        if (command.ExternalEventId is { } externalId && events.HasExternalId(externalId))
        {
            return;
        }

        var now = writes.Work.Now;
        var occurredAt = command.OccurredAt ?? now;
        var recorded = new AttentiveCustomEvent(
            user.Id, command.Type, command.ExternalEventId, occurredAt, now, now - occurredAt <= JourneyWindow, command.PropertiesJson);
        writes.Work.OnCommit(() => events.Add(recorded));
    }
}
