using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// A workspace's configuration, which Sequenzy's API cannot change: its API keys and their
/// scopes, its lists and default lists, and the double opt-in setting.
/// </summary>
internal static class WorkspaceRules
{
    private const int MaxTokenLength = 200;

    /// <summary>
    /// A new workspace, not yet in the store (so it is built directly): id and key generated when
    /// not given, the lists made, the default lists checked against them. Returns its first key.
    /// </summary>
    public static (SequenzyWorkspace Workspace, string ApiKey) NewWorkspace(SequenzyWorkspaceOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        var id = options.Id ?? "ws_" + RandomHex();
        var apiKey = options.ApiKey ?? NewApiKey();
        RequireToken(id, "id");
        RequireToken(apiKey, "apiKey");
        var workspace = new SequenzyWorkspace(id) { DoubleOptIn = options.DoubleOptIn };
        workspace.ScopesByKey[apiKey] = Scopes(options.Scopes);
        foreach (var list in options.Lists)
        {
            workspace.Lists.Add(NewList(workspace, workspace.Ids, list, now));
        }

        foreach (var listId in options.DefaultListIds)
        {
            if (workspace.FindList(listId) is null)
            {
                throw RequestRefusedException.BadRequest("defaultListIds names a list that the workspace does not define.");
            }
        }

        workspace.DefaultListIds = options.DefaultListIds.Distinct(StringComparer.Ordinal).ToArray();
        return (workspace, apiKey);
    }

    /// <summary>Another key for the workspace (generated when null), e.g. one lacking a scope, to provoke 403.</summary>
    public static void AddApiKey(TenantStore<SequenzyWorkspace> store, SequenzyWorkspace workspace, string? apiKey, IEnumerable<string> scopes)
    {
        var key = apiKey ?? NewApiKey();
        RequireToken(key, "apiKey");
        var granted = Scopes(scopes);

        // The scopes are in place before the key reaches the workspace, so its first request finds them.
        if (!workspace.ScopesByKey.TryAdd(key, granted))
        {
            throw RequestRefusedException.Conflict("This API key is already in use.");
        }

        try
        {
            store.AddCredential(workspace, key);
        }
        catch (RequestRefusedException)
        {
            workspace.ScopesByKey.TryRemove(key, out _);
            throw RequestRefusedException.Conflict("This API key is already in use.");
        }
    }

    public static SequenzyList AddList(WorkspaceChanges changes, SequenzyListOptions options, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workspace = changes.Workspace;
        var list = NewList(workspace, changes.Ids, options, changes.Now);
        changes.Work.OnCommit(() =>
        {
            workspace.Lists.Add(list);
            if (isDefault)
            {
                workspace.DefaultListIds = [.. workspace.DefaultListIds, list.Id];
            }
        });
        return list;
    }

    public static void SetDoubleOptIn(WorkspaceChanges changes, bool enabled)
    {
        var workspace = changes.Workspace;
        changes.Work.OnCommit(() => workspace.DoubleOptIn = enabled);
    }

    private static SequenzyList NewList(SequenzyWorkspace workspace, SequenzyIds ids, SequenzyListOptions options, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            throw RequestRefusedException.BadRequest("A list needs a name.");
        }

        var id = options.Id ?? ids.NextListId();
        RequireToken(id, "list id");
        if (workspace.FindList(id) is not null)
        {
            throw RequestRefusedException.Conflict($"The workspace already has a list with id '{id}'.");
        }

        return new SequenzyList(id, options.Name.Trim(), options.Description, options.IsPrivate, now);
    }

    private static string NewApiKey() => "sk_live_sim_" + RandomHex();

    private static string RandomHex() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    /// <summary>The given scopes, checked; none given means all of them.</summary>
    private static string[] Scopes(IEnumerable<string> requested)
    {
        var scopes = requested.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var scope in scopes)
        {
            if (Array.IndexOf(SequenzyScopes.All, scope) < 0)
            {
                throw RequestRefusedException.BadRequest($"Unknown scope '{scope}'; known: {string.Join(", ", SequenzyScopes.All)}.");
            }
        }

        return scopes.Length == 0 ? SequenzyScopes.All : scopes;
    }

    private static void RequireToken(string value, string name)
    {
        if (value.Length is 0 or > MaxTokenLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '/'))
        {
            throw RequestRefusedException.BadRequest($"The {name} must be 1 to {MaxTokenLength} characters without spaces or '/'.");
        }
    }
}
