using SubscriberSimulator.Core.Work;
using SubscriberSimulator.Engines.Attentive.Model;

namespace SubscriberSimulator.Engines.Attentive.Rules;

/// <summary>
/// The user writes of one request, staged on its unit of work. Lookups see the company as this
/// request has changed it so far, so the records of a bulk job behave as if they were sent one by
/// one (a later record finds the user an earlier one created); the directory itself changes only
/// when the work commits: every version, or none.
/// </summary>
internal sealed class StagedUsers
{
    private readonly UnitOfWork<AttentiveCompany> _work;
    private readonly UserDirectory _directory;

    // In write order; an identifier a staged version took from its user maps to that user's newer version.
    private readonly Dictionary<string, AttentiveUser> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<UserIdentifier, string> _idByIdentifier = [];
    private long _lastNumber;

    public StagedUsers(UnitOfWork<AttentiveCompany> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
        _directory = work.Tenant.Users;
        _lastNumber = _directory.LastNumber;
        work.OnCommit(Apply);
    }

    public AttentiveUser? Find(UserIdentifier identifier)
    {
        if (_idByIdentifier.TryGetValue(identifier, out var id))
        {
            var staged = _byId[id];
            return staged.Has(identifier) ? staged : null;
        }

        // A staged version of the stored owner may have given the identifier up.
        return _directory.Find(identifier) is { } stored && Current(stored.Id) is var current && current.Has(identifier) ? current : null;
    }

    /// <summary>The first user any of the identifiers names, in the order given; null when none does.</summary>
    public AttentiveUser? FindFirst(IEnumerable<UserIdentifier> identifiers)
    {
        foreach (var identifier in identifiers)
        {
            if (Find(identifier) is { } user)
            {
                return user;
            }
        }

        return null;
    }

    /// <summary>
    /// A user with a new id and nothing else; it exists once it is written with an identifier. It
    /// counts against the subscriber cap (the provider's 403 beyond it).
    /// </summary>
    public AttentiveUser Create()
    {
        _work.AddSubscriber();

        // A hand-edited state file may hold ids past its lastUserNumber: never hand one out twice.
        string id;
        do
        {
            id = UserDirectory.IdOf(++_lastNumber);
        }
        while (_directory.FindById(id) is not null || _byId.ContainsKey(id));

        return AttentiveUser.New(id);
    }

    /// <summary>
    /// Links each identifier to <paramref name="user"/> and stages the result. An identifier that
    /// names another user moves: that user is staged without it (and goes once it has none left).
    /// </summary>
    public AttentiveUser Link(AttentiveUser user, IEnumerable<UserIdentifier> identifiers)
    {
        var linked = new List<UserIdentifier>();
        foreach (var identifier in identifiers)
        {
            if (Find(identifier) is { } owner && owner.Id != user.Id)
            {
                Write(owner.WithoutIdentifier(identifier));
            }

            linked.Add(identifier);
        }

        // Added in one step: one new version per identifier copied the list each time (5,000 custom
        // identifiers took 0.7 s, issue 15).
        user = user.WithIdentifiers(linked);
        Write(user);
        return user;
    }

    /// <summary>Stages a user's new version (its identifiers already linked, see <see cref="Link"/>).</summary>
    public void Write(AttentiveUser user)
    {
        _byId[user.Id] = user;
        foreach (var identifier in user.Identifiers)
        {
            _idByIdentifier[identifier] = user.Id;
        }
    }

    private AttentiveUser Current(string id) => _byId.GetValueOrDefault(id) ?? _directory.FindById(id)!;

    private void Apply()
    {
        foreach (var user in _byId.Values)
        {
            _directory.Put(user);
        }

        _directory.LastNumber = Math.Max(_directory.LastNumber, _lastNumber);
    }
}
