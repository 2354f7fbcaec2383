using System.Collections.Concurrent;
using System.Text;

namespace SubscriberSimulator.Engines.Essential.Internal;

/// <summary>All accounts (tenants), found by SID. Each account guards its own data.</summary>
internal sealed class EssentialStore
{
    private readonly ConcurrentDictionary<string, EssentialAccount> _accounts = new(StringComparer.Ordinal);

    public EssentialAccount CreateAccount(string? sid, string? token, DateTime now)
    {
        var accountSid = sid is null ? SidGenerator.NewSid() : sid;
        if (accountSid.Length == 0 || accountSid.Contains(':', StringComparison.Ordinal))
        {
            throw EssentialRequestException.BadRequest("An account SID must be non-empty and contain no ':'.");
        }

        var account = new EssentialAccount(accountSid, token ?? SidGenerator.NewSid() + SidGenerator.NewSid(), now);
        if (account.Token.Length == 0)
        {
            throw EssentialRequestException.BadRequest("An account token must not be empty.");
        }

        return _accounts.TryAdd(accountSid, account)
            ? account
            : throw new EssentialRequestException(409, $"Account '{accountSid}' already exists.");
    }

    public void Add(EssentialAccount account)
    {
        if (!_accounts.TryAdd(account.Sid, account))
        {
            throw new InvalidOperationException($"Account '{account.Sid}' appears twice in the state.");
        }
    }

    public EssentialAccount Get(string sid) =>
        _accounts.TryGetValue(sid, out var account)
            ? account
            : throw EssentialRequestException.NotFound($"No simulated Essential account '{sid}'.");

    /// <summary>Basic authentication: the user name is the account SID, the password its token.</summary>
    public EssentialAccount? Authenticate(string? authorizationHeader)
    {
        const string scheme = "Basic ";
        if (authorizationHeader is null || !authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(authorizationHeader[scheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = Array.IndexOf(decoded, (byte)':');
        if (colon <= 0)
        {
            return null;
        }

        var sid = Encoding.UTF8.GetString(decoded, 0, colon);
        return _accounts.TryGetValue(sid, out var account) && account.TokenMatches(decoded.AsSpan(colon + 1))
            ? account
            : null;
    }

    public ICollection<EssentialAccount> Accounts => _accounts.Values;

    public bool Contains(string sid) => _accounts.ContainsKey(sid);

    public void Remove(string sid) => _accounts.TryRemove(sid, out _);

    public void Clear() => _accounts.Clear();
}
