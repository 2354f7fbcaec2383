using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Engines.Sequenzy.Domain;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// The staged changes of one request, run under the workspace's lock: lookups see the staged
/// records first, so later records of a batch see earlier ones; nothing reaches the workspace or
/// the outbox until <see cref="Commit"/>, which runs only after the "send" step succeeded.
/// </summary>
internal sealed class WorkspaceTransaction
{
    private readonly Dictionary<string, SequenzySubscriber?> _staged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _emailIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _externalIdIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TagDefinition> _newTags = new(StringComparer.Ordinal);
    private readonly List<OutboxMessage> _messages = new();
    private readonly List<SubscriberImport> _imports = new();
    private readonly SequenzyIds _ids;
    private readonly Outbox _outbox;
    private long _nextSequence;

    public WorkspaceTransaction(SequenzyWorkspace workspace, SequenzyIds ids, Outbox outbox, DateTimeOffset now)
    {
        Workspace = workspace;
        _ids = ids;
        _outbox = outbox;
        Now = now;
        _nextSequence = workspace.NextSequence;
    }

    public SequenzyWorkspace Workspace { get; }

    public DateTimeOffset Now { get; }

    public SequenzyIds Ids => _ids;

    /// <summary>False for a key without <c>automations:trigger</c>: a write that would email a confirmation is 403.</summary>
    public bool MaySendConfirmations { get; set; } = true;

    public IReadOnlyList<OutboxMessage> Messages => _messages;

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
        if (before is not null)
        {
            Reindex(_emailIndex, before.Email, subscriber.Email, subscriber.Id);
            Reindex(_externalIdIndex, before.ExternalId, subscriber.ExternalId, subscriber.Id);
        }
        else
        {
            Reindex(_emailIndex, null, subscriber.Email, subscriber.Id);
            Reindex(_externalIdIndex, null, subscriber.ExternalId, subscriber.Id);
        }

        _staged[subscriber.Id] = subscriber;
    }

    public void Delete(SequenzySubscriber subscriber)
    {
        Reindex(_emailIndex, subscriber.Email, null, subscriber.Id);
        Reindex(_externalIdIndex, subscriber.ExternalId, null, subscriber.Id);
        _staged[subscriber.Id] = null;
    }

    /// <summary>The tag's definition, created (staged) on first use.</summary>
    public TagDefinition EnsureTag(string name, out bool created)
    {
        if (Workspace.Tags.TryGetValue(name, out var existing) || _newTags.TryGetValue(name, out existing))
        {
            created = false;
            return existing;
        }

        var definition = new TagDefinition(_ids.NextTagId(), name, Now);
        _newTags[name] = definition;
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

    public void Send(OutboxMessage message) => _messages.Add(message);

    public void AddImport(SubscriberImport import) => _imports.Add(import);

    /// <summary>
    /// The provider's "send" step: a workspace set to fail sends makes every request that would
    /// email fail here, before anything is committed.
    /// </summary>
    public void RunSendStep()
    {
        if (_messages.Count > 0 && Workspace.FailSends)
        {
            throw new SequenzyRequestException(StatusCodes.Status500InternalServerError, "Internal server error");
        }
    }

    public void Commit()
    {
        RunSendStep();
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

        foreach (var tag in _newTags.Values)
        {
            workspace.Tags[tag.Name] = tag;
        }

        foreach (var import in _imports)
        {
            workspace.Imports[import.Id] = import;
        }

        workspace.NextSequence = _nextSequence;
        if (_messages.Count > 0)
        {
            _outbox.AddRange(_messages);
        }
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
