using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// What one unit of work changes in a workspace, staged until it commits. Sequenzy's batch calls
/// (imports, adding emails to a list, event batches, bulk tagging) are all or nothing, and a later record must see what an
/// earlier one of the same call did ("a@x.com" twice is one create, then a duplicate). The kit's
/// unit of work stages opaque actions, so the subscribers, tag definitions, notes, events, imports
/// and ids staged here are also readable: lookups see them first. One <see cref="UnitOfWork{TTenant}.OnCommit"/> applies
/// them; messages go through the unit of work, whose send step runs before anything is applied.
/// </summary>
internal sealed class WorkspaceChanges
{
    private readonly Dictionary<string, SequenzySubscriber?> _staged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _emailIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _externalIdIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TagDefinition?> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscriberNote?> _notes = new(StringComparer.Ordinal);
    private readonly List<SubscriberEvent> _events = new();
    private readonly Dictionary<string, SubscriberEvent> _eventsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventDefinition> _eventDefinitions = new(StringComparer.Ordinal);
    private readonly List<SubscriberImport> _imports = new();
    private long _nextSequence;

    /// <param name="apiKey">The key of the request whose changes these are (its scopes decide what it may trigger), or null for a control.</param>
    public WorkspaceChanges(UnitOfWork<SequenzyWorkspace> work, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(work);
        Work = work;
        ApiKey = apiKey;
        Ids = work.Tenant.Ids.Copy();
        _nextSequence = work.Tenant.NextSequence;
        work.OnCommit(Apply);
    }

    public UnitOfWork<SequenzyWorkspace> Work { get; }

    public SequenzyWorkspace Workspace => Work.Tenant;

    public DateTimeOffset Now => Work.Now;

    /// <summary>Ids drawn by this work; they become the workspace's counters when it commits.</summary>
    public SequenzyIds Ids { get; }

    /// <summary>The request's API key; null for a simulator control, which may do anything.</summary>
    public string? ApiKey { get; }

    public SequenzySubscriber? FindById(string id) =>
        _staged.TryGetValue(id, out var staged) ? staged : Workspace.ById.GetValueOrDefault(id);

    public SequenzySubscriber? FindByEmail(string email)
    {
        if (_emailIndex.TryGetValue(email, out var id))
        {
            return id is null ? null : FindById(id);
        }

        return Workspace.ByEmail.TryGetValue(email, out var stored) ? FindById(stored.Id) is { } current && current.Email == email ? current : null : null;
    }

    public SequenzySubscriber? FindByExternalId(string externalId)
    {
        if (_externalIdIndex.TryGetValue(externalId, out var id))
        {
            return id is null ? null : FindById(id);
        }

        return Workspace.ByExternalId.TryGetValue(externalId, out var stored) ? FindById(stored.Id) is { } current && current.ExternalId == externalId ? current : null : null;
    }

    public long NextSequence() => ++_nextSequence;

    /// <summary>Stages a new or changed subscriber (a fresh instance or a clone, never a committed one).</summary>
    public void Put(SequenzySubscriber subscriber)
    {
        var before = FindById(subscriber.Id);
        Reindex(_emailIndex, before?.Email, subscriber.Email, subscriber.Id);
        Reindex(_externalIdIndex, before?.ExternalId, subscriber.ExternalId, subscriber.Id);
        _staged[subscriber.Id] = subscriber;
    }

    public void Delete(SequenzySubscriber subscriber)
    {
        Reindex(_emailIndex, subscriber.Email, null, subscriber.Id);
        Reindex(_externalIdIndex, subscriber.ExternalId, null, subscriber.Id);
        _staged[subscriber.Id] = null;
    }

    /// <summary>The tag definition with this normalised name, staged changes first; null when there is none.</summary>
    public TagDefinition? FindTag(string name) =>
        _tags.TryGetValue(name, out var staged) ? staged : Workspace.Tags.GetValueOrDefault(name);

    /// <summary>The tag definition with this id, staged changes first; null when there is none.</summary>
    public TagDefinition? FindTagById(string id)
    {
        foreach (var staged in _tags.Values)
        {
            if (staged?.Id == id)
            {
                return staged;
            }
        }

        foreach (var stored in Workspace.Tags.Values)
        {
            if (stored.Id == id)
            {
                return FindTag(stored.Name);
            }
        }

        return null;
    }

    /// <summary>The tag's definition, created (staged) on first use.</summary>
    public TagDefinition EnsureTag(string name, out bool created)
    {
        if (FindTag(name) is { } existing)
        {
            created = false;
            return existing;
        }

        var definition = new TagDefinition(Ids.NextTagId(), name, Now);
        _tags[name] = definition;
        created = true;
        return definition;
    }

    public void EnsureTags(string[] names)
    {
        foreach (var name in names)
        {
            EnsureTag(name, out _);
        }
    }

    /// <summary>Stages a new or changed tag definition.</summary>
    public void PutTag(TagDefinition definition) => _tags[definition.Name] = definition;

    public void DeleteTag(TagDefinition definition) => _tags[definition.Name] = null;

    public SubscriberNote? FindNote(string id) =>
        _notes.TryGetValue(id, out var staged) ? staged : Workspace.Notes.GetValueOrDefault(id);

    public void PutNote(SubscriberNote note) => _notes[note.Id] = note;

    public void DeleteNote(SubscriberNote note) => _notes[note.Id] = null;

    /// <summary>The event recorded (stored or staged) under this idempotency key, if any.</summary>
    public SubscriberEvent? FindEvent(string idempotencyKey) =>
        _eventsByKey.TryGetValue(idempotencyKey, out var staged) ? staged : Workspace.EventsByKey.GetValueOrDefault(idempotencyKey);

    public void Record(SubscriberEvent recorded)
    {
        _events.Add(recorded);
        if (recorded.IdempotencyKey is { } key)
        {
            _eventsByKey[key] = recorded;
        }
    }

    /// <summary>The event name's definition, created (staged) on first use.</summary>
    public EventDefinition EnsureEventDefinition(string name, out bool created)
    {
        if (Workspace.EventDefinitions.TryGetValue(name, out var existing) || _eventDefinitions.TryGetValue(name, out existing))
        {
            created = false;
            return existing;
        }

        var definition = new EventDefinition(name, Now);
        _eventDefinitions[name] = definition;
        created = true;
        return definition;
    }

    public void AddImport(SubscriberImport import) => _imports.Add(import);

    public void Send(PendingMessage message) => Work.Send(message);

    private void Apply()
    {
        var workspace = Workspace;

        // Unindex every changed record first, so an email or externalId moving between records
        // within one request never removes the new owner's entry.
        foreach (var id in _staged.Keys)
        {
            if (workspace.ById.TryGetValue(id, out var before))
            {
                workspace.Unindex(before);
            }
        }

        foreach (var subscriber in _staged.Values)
        {
            if (subscriber is not null)
            {
                workspace.Index(subscriber);
            }
        }

        foreach (var (name, tag) in _tags)
        {
            if (tag is null)
            {
                workspace.Tags.Remove(name);
            }
            else
            {
                workspace.Tags[name] = tag;
            }
        }

        foreach (var (id, note) in _notes)
        {
            if (note is null)
            {
                workspace.Notes.Remove(id);
            }
            else
            {
                workspace.Notes[id] = note;
            }
        }

        foreach (var definition in _eventDefinitions.Values)
        {
            workspace.EventDefinitions[definition.Name] = definition;
        }

        foreach (var recorded in _events)
        {
            workspace.Record(recorded);
        }

        foreach (var import in _imports)
        {
            workspace.Imports[import.Id] = import;
        }

        var deleted = _staged.Where(pair => pair.Value is null).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        if (deleted.Count > 0)
        {
            workspace.ForgetSubscribers(deleted);
        }

        workspace.NextSequence = _nextSequence;
        workspace.Ids = Ids;
    }

    private static void Reindex(Dictionary<string, string?> index, string? oldKey, string? newKey, string id)
    {
        if (string.Equals(oldKey, newKey, StringComparison.Ordinal))
        {
            return;
        }

        if (oldKey is not null)
        {
            index[oldKey] = null;
        }

        if (newKey is not null)
        {
            index[newKey] = id;
        }
    }
}
