namespace SubscriberSimulator.Engines.Sequenzy.Domain;

/// <summary>
/// One workspace (tenant), reached by its API key. Every read and write of its state happens under
/// <see cref="Gate"/>; writes go through a <c>WorkspaceTransaction</c> so a failing request changes nothing.
/// </summary>
internal sealed class SequenzyWorkspace
{
    public SequenzyWorkspace(string id, SequenzyApiKey primaryKey)
    {
        Id = id;
        ApiKeys.Add(primaryKey);
    }

    public string Id { get; }

    /// <summary>The key the workspace was created with.</summary>
    public string ApiKey => ApiKeys[0].Key;

    /// <summary>Every key of the workspace, the primary one first; keys are only ever added.</summary>
    public List<SequenzyApiKey> ApiKeys { get; } = new();

    public object Gate { get; } = new();

    public bool DoubleOptIn { get; set; }

    /// <summary>Lists a new subscriber joins when a create call omits <c>lists</c>.</summary>
    public string[] DefaultListIds { get; set; } = [];

    /// <summary>When true, a request that would send an email fails with 500 and changes nothing.</summary>
    public bool FailSends { get; set; }

    public long NextSequence { get; set; }

    public Dictionary<string, SequenzySubscriber> ById { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by the normalised (trimmed, lowercased) email.</summary>
    public Dictionary<string, SequenzySubscriber> ByEmail { get; } = new(StringComparer.Ordinal);

    /// <summary>Keyed by the trimmed externalId; case-sensitive.</summary>
    public Dictionary<string, SequenzySubscriber> ByExternalId { get; } = new(StringComparer.Ordinal);

    /// <summary>In creation order.</summary>
    public List<SequenzyList> Lists { get; } = new();

    /// <summary>Keyed by the normalised tag name.</summary>
    public Dictionary<string, TagDefinition> Tags { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SubscriberImport> Imports { get; } = new(StringComparer.Ordinal);

    /// <summary>The key record (for its scopes); call under <see cref="Gate"/>.</summary>
    public SequenzyApiKey? FindKey(string key)
    {
        foreach (var apiKey in ApiKeys)
        {
            if (string.Equals(apiKey.Key, key, StringComparison.Ordinal))
            {
                return apiKey;
            }
        }

        return null;
    }

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
