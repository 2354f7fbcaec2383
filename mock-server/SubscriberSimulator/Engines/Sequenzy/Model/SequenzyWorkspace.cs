using System.Collections.Concurrent;
using SubscriberSimulator.Core.Tenants;

namespace SubscriberSimulator.Engines.Sequenzy.Model;

/// <summary>
/// One workspace (the tenant), reached by any of its API keys (the kit's credentials, the first
/// being the key it was created with). Read and written under the kit's <see cref="Tenant.Gate"/>;
/// requests change it only through a unit of work (Rules/WorkspaceChanges.cs).
/// </summary>
internal sealed class SequenzyWorkspace : Tenant
{
    public SequenzyWorkspace(string id)
        : base(id)
    {
    }

    /// <summary>
    /// Each key's scopes. Concurrent because the pipeline's scope step reads it outside the
    /// workspace's lock; keys are only ever added.
    /// </summary>
    public ConcurrentDictionary<string, string[]> ScopesByKey { get; } = new(StringComparer.Ordinal);

    public bool DoubleOptIn { get; set; }

    /// <summary>Lists a new subscriber joins when a create call omits <c>lists</c>.</summary>
    public string[] DefaultListIds { get; set; } = [];

    /// <summary>Creation order of the last subscriber; the tie-break of the newest-first ordering.</summary>
    public long NextSequence { get; set; }

    public SequenzyIds Ids { get; set; } = new();

    public Dictionary<string, SequenzySubscriber> ById { get; } = new(StringComparer.Ordinal);

    public override int SubscriberCount => ById.Count;

    /// <summary>Keyed by the normalised (trimmed, lowercased) email.</summary>
    public Dictionary<string, SequenzySubscriber> ByEmail { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by the trimmed externalId; case-sensitive.</summary>
    public Dictionary<string, SequenzySubscriber> ByExternalId { get; } = new(StringComparer.Ordinal);

    /// <summary>In creation order.</summary>
    public List<SequenzyList> Lists { get; } = new();

    /// <summary>Keyed by the normalised tag name.</summary>
    public Dictionary<string, TagDefinition> Tags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SubscriberImport> Imports { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes by id.</summary>
    public Dictionary<string, SubscriberNote> Notes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every recorded event, in recording order.</summary>
    public List<SubscriberEvent> Events { get; } = new();

    /// <summary>The events that carry an eventId, by <see cref="SubscriberEvent.IdempotencyKey"/>.</summary>
    public Dictionary<string, SubscriberEvent> EventsByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by the event name (case-sensitive).</summary>
    public Dictionary<string, EventDefinition> EventDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>In creation order.</summary>
    public List<SequenzySequence> Sequences { get; } = new();

    /// <summary>The scopes of one of the workspace's keys; none for a key it does not have.</summary>
    public string[] ScopesOf(string apiKey) => ScopesByKey.TryGetValue(apiKey, out var scopes) ? scopes : [];

    public SequenzyList? FindList(string listId)
    {
        foreach (var list in Lists)
        {
            if (string.Equals(list.Id, listId, StringComparison.Ordinal))
            {
                return list;
            }
        }

        return null;
    }

    public SequenzyList? FindListByName(string name)
    {
        foreach (var list in Lists)
        {
            if (string.Equals(list.Name, name, StringComparison.Ordinal))
            {
                return list;
            }
        }

        return null;
    }

    public SequenzySequence? FindSequence(string sequenceId) => Sequences.Find(sequence => string.Equals(sequence.Id, sequenceId, StringComparison.Ordinal));

    public void Record(SubscriberEvent recorded)
    {
        Events.Add(recorded);
        if (recorded.IdempotencyKey is { } key)
        {
            EventsByKey[key] = recorded;
        }
    }

    /// <summary>Drops the notes and events of subscribers that were deleted (a delete is permanent).</summary>
    public void ForgetSubscribers(HashSet<string> subscriberIds)
    {
        foreach (var note in Notes.Values.Where(note => subscriberIds.Contains(note.SubscriberId)).ToList())
        {
            Notes.Remove(note.Id);
        }

        Events.RemoveAll(recorded => subscriberIds.Contains(recorded.SubscriberId));
        foreach (var key in EventsByKey.Where(pair => subscriberIds.Contains(pair.Value.SubscriberId)).Select(pair => pair.Key).ToList())
        {
            EventsByKey.Remove(key);
        }
    }

    /// <summary>The import an earlier request with this key and the same content created, if any.</summary>
    public SubscriberImport? FindReplay(string idempotencyKey, string contentHash)
    {
        foreach (var import in Imports.Values)
        {
            if (string.Equals(import.IdempotencyKey, idempotencyKey, StringComparison.Ordinal)
                && string.Equals(import.ContentHash, contentHash, StringComparison.Ordinal))
            {
                return import;
            }
        }

        return null;
    }

    public void Index(SequenzySubscriber subscriber)
    {
        ById[subscriber.Id] = subscriber;
        if (subscriber.Email is not null)
        {
            ByEmail[subscriber.Email] = subscriber;
        }

        if (subscriber.ExternalId is not null)
        {
            ByExternalId[subscriber.ExternalId] = subscriber;
        }
    }

    public void Unindex(SequenzySubscriber subscriber)
    {
        ById.Remove(subscriber.Id);
        if (subscriber.Email is not null && ByEmail.TryGetValue(subscriber.Email, out var byEmail) && byEmail.Id == subscriber.Id)
        {
            ByEmail.Remove(subscriber.Email);
        }

        if (subscriber.ExternalId is not null && ByExternalId.TryGetValue(subscriber.ExternalId, out var byExternal) && byExternal.Id == subscriber.Id)
        {
            ByExternalId.Remove(subscriber.ExternalId);
        }
    }
}
