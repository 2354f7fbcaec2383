using System.Globalization;

namespace SubscriberSimulator.Engines.Attentive.Model;

/// <summary>
/// A company's users and the index from each identifier to the one user it names. Changed only at
/// commit (by a unit of work's staged users) or while a company is read from the state file.
/// </summary>
internal sealed class UserDirectory
{
    private readonly Dictionary<string, AttentiveUser> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<UserIdentifier, string> _idByIdentifier = [];

    /// <summary>The number in the last user id handed out ("user_7" -> 7).</summary>
    public long LastNumber { get; set; }

    public int Count => _byId.Count;

    public IEnumerable<AttentiveUser> All => _byId.Values;

    public AttentiveUser? FindById(string id) => _byId.GetValueOrDefault(id);

    public AttentiveUser? Find(UserIdentifier identifier) =>
        _idByIdentifier.TryGetValue(identifier, out var id) ? _byId.GetValueOrDefault(id) : null;

    public static string IdOf(long number) => "user_" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Stores a user's new version: identifiers it gained point at it; identifiers it lost are
    /// unlinked only where they still point at it (another user's version may have taken them first).
    /// A user left with no identifier can no longer be named by any call and is dropped.
    /// </summary>
    public void Put(AttentiveUser user)
    {
        if (_byId.TryGetValue(user.Id, out var before))
        {
            // A set: Has per identifier searched the whole new list for each old one.
            var kept = new HashSet<UserIdentifier>(user.Identifiers);
            foreach (var identifier in before.Identifiers)
            {
                if (!kept.Contains(identifier) && _idByIdentifier.TryGetValue(identifier, out var owner) && owner == user.Id)
                {
                    _idByIdentifier.Remove(identifier);
                }
            }
        }

        foreach (var identifier in user.Identifiers)
        {
            _idByIdentifier[identifier] = user.Id;
        }

        if (user.Identifiers.Count == 0)
        {
            _byId.Remove(user.Id);
        }
        else
        {
            _byId[user.Id] = user;
        }
    }

    /// <summary>Adds a user read from the state file; false when its id or an identifier is taken.</summary>
    public bool TryRestore(AttentiveUser user)
    {
        if (_byId.ContainsKey(user.Id) || user.Identifiers.Count == 0 || user.Identifiers.Any(_idByIdentifier.ContainsKey))
        {
            return false;
        }

        Put(user);
        return true;
    }
}
