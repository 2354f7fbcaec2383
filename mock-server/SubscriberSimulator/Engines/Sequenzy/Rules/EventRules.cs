using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Engines.Sequenzy.Api.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// Recording events. A live event is recorded, then its sync rule changes tags, then the sequences
/// it (or a tag it added) triggers start. A batch whose events are all over an hour old is history:
/// recorded with their own times (moving the subscriber's sign-up date back), nothing else runs.
/// A repeated eventId for the same subscriber and event name writes nothing. An unknown email
/// creates the subscriber; under workspace double opt-in it is pending with one confirmation email
/// (subject to the resend window) and the sync-rule tags apply at once.
/// </summary>
internal static class EventRules
{
    private static readonly TimeSpan HistoryAge = TimeSpan.FromHours(1);
    private static readonly TimeSpan MaxFuture = TimeSpan.FromMinutes(5);

    /// <summary>Events of one subscriber (POST /subscribers/events and /events/bulk): a bad time refuses the whole call before anything changes.</summary>
    public static EventOutcome Trigger(WorkspaceChanges changes, EventCommand command)
    {
        foreach (var input in command.Events)
        {
            if (TimeProblem(input, changes.Now) is { } problem)
            {
                throw RequestRefusedException.BadRequest(problem);
            }
        }

        var contact = SubscriberRules.FindOrCreate(changes, command.Target, updateExisting: false);
        var subscriber = contact.Subscriber;
        var historical = IsHistory(command.Events, changes.Now);
        var results = new List<RecordedEventResult>(command.Events.Count);
        foreach (var input in command.Events)
        {
            results.Add(Record(changes, subscriber, input, historical));
        }

        changes.Put(subscriber);
        var duplicates = results.Count(result => result.Duplicate);
        return new EventOutcome(subscriber, contact.Created, contact.OptIn, results, historical, results.Count - duplicates, duplicates);
    }

    /// <summary>
    /// Events of many subscribers (POST /events/bulk). A bad identifier, a subscriber that cannot be
    /// found or told apart, or a bad time fails that event alone. Events are grouped by subscriber;
    /// a group is history only when all of its events are.
    /// </summary>
    public static EventImportOutcome Import(WorkspaceChanges changes, IReadOnlyList<ImportEventInput> inputs)
    {
        var failures = new List<(int Index, string Error)>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var working = new Dictionary<string, SequenzySubscriber>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<ImportEventInput>>(StringComparer.Ordinal);
        var optIn = OptInResult.None;
        foreach (var input in inputs)
        {
            if (input.Email is not null || input.ExternalId is not null)
            {
                named.Add(input.Email is not null ? "email:" + input.Email : "externalId:" + input.ExternalId);
            }

            var failure = input.Failure ?? TimeProblem(input.Event, changes.Now);
            ResolvedContact? contact = null;
            if (failure is null)
            {
                try
                {
                    // A full workspace fails the events that would create a subscriber, like any per-event problem.
                    if (input.Email is not null && UpsertRules.WouldExceedSubscriberCap(changes, input.Email, input.ExternalId))
                    {
                        failure = changes.Work.SubscriberCapMessage;
                    }
                    else
                    {
                        contact = SubscriberRules.FindOrCreate(changes, new TagTarget(input.Email, input.ExternalId, null, null, null), updateExisting: false);
                    }
                }
                catch (RequestRefusedException refusal) when (refusal.Status is 404 or 409)
                {
                    failure = refusal.Message;
                }
            }

            if (contact is null)
            {
                failures.Add((input.Index, failure!));
                continue;
            }

            var id = contact.Subscriber.Id;
            working.TryAdd(id, contact.Subscriber);
            optIn = contact.OptIn > optIn ? contact.OptIn : optIn;
            (groups.TryGetValue(id, out var group) ? group : groups[id] = []).Add(input);
        }

        int recorded = 0, duplicates = 0;
        foreach (var (id, group) in groups)
        {
            var subscriber = working[id];
            var historical = IsHistory(group.ConvertAll(input => input.Event), changes.Now);
            foreach (var input in group)
            {
                var result = Record(changes, subscriber, input.Event, historical);
                recorded += result.Duplicate ? 0 : 1;
                duplicates += result.Duplicate ? 1 : 0;
            }

            changes.Put(subscriber);
        }

        failures.Sort((left, right) => left.Index.CompareTo(right.Index));
        return new EventImportOutcome(inputs.Count, recorded, duplicates, named.Count, failures, optIn);
    }

    private static RecordedEventResult Record(WorkspaceChanges changes, SequenzySubscriber subscriber, EventInput input, bool historical)
    {
        if (input.EventId is { } eventId && changes.FindEvent(SubscriberEvent.KeyOf(subscriber.Id, input.Name, eventId)) is { } stored)
        {
            return new RecordedEventResult(stored, false, Duplicate: true);
        }

        changes.EnsureEventDefinition(input.Name, out var definitionCreated);
        var occurredAt = input.OccurredAt ?? changes.Now;
        var recorded = new SubscriberEvent(changes.Ids.NextEventId(), subscriber.Id, input.Name, input.EventId, occurredAt, historical, input.PropertiesJson, changes.Now);
        changes.Record(recorded);
        if (historical)
        {
            if (occurredAt < subscriber.CreatedAt)
            {
                subscriber.CreatedAt = occurredAt;
            }
        }
        else
        {
            var added = SyncRules.Apply(changes, subscriber, input.Name);
            SequenceRules.StartTriggered(changes, subscriber, input.Name, added);
        }

        return new RecordedEventResult(recorded, definitionCreated, Duplicate: false);
    }

    /// <summary>History only when every event is more than an hour old; one recent (or undated) event makes the batch live.</summary>
    private static bool IsHistory(IReadOnlyList<EventInput> events, DateTimeOffset now)
    {
        foreach (var input in events)
        {
            if (input.OccurredAt is not { } at || now - at <= HistoryAge)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Null when the event's time is usable; else why not (more than 5 years ago, or more than 5 minutes ahead: Decision).</summary>
    private static string? TimeProblem(EventInput input, DateTimeOffset now)
    {
        var field = input.Field.Length == 0 ? "occurredAt" : input.Field + ".occurredAt";
        return input.OccurredAt switch
        {
            { } at when at < now.AddYears(-5) => $"{field} must not be more than 5 years ago",
            { } at when at > now + MaxFuture => $"{field} must not be in the future",
            _ => null,
        };
    }
}
