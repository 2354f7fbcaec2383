using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// The simulator controls, shared by the C# API on <see cref="SequenzyEngine"/> and the
/// <c>/__sim/sequenzy</c> endpoints. Consent actions (confirmation click, unsubscribe link click)
/// go through a transaction like API requests. Failures throw <see cref="SequenzyControlException"/>.
/// </summary>
internal sealed class SequenzyControlService
{
    private readonly WorkspaceRegistry _workspaces;
    private readonly SequenzyRuntime _runtime;

    public SequenzyControlService(WorkspaceRegistry workspaces, SequenzyRuntime runtime)
    {
        _workspaces = workspaces;
        _runtime = runtime;
    }

    public SequenzyWorkspaceInfo CreateWorkspace(SequenzyWorkspaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var id = options.Id ?? _runtime.Ids.NextWorkspaceId();
        var apiKey = options.ApiKey ?? NewApiKey();
        RequireToken(id, "id");
        RequireToken(apiKey, "apiKey");
        var workspace = new SequenzyWorkspace(id, new SequenzyApiKey(apiKey, Scopes(options.Scopes))) { DoubleOptIn = options.DoubleOptIn };
        var now = _runtime.Clock.GetUtcNow();
        foreach (var list in options.Lists)
        {
            workspace.Lists.Add(NewList(workspace, list, now));
        }

        foreach (var listId in options.DefaultListIds)
        {
            if (workspace.FindList(listId) is null)
            {
                throw new SequenzyControlException(StatusCodes.Status400BadRequest, "defaultListIds names a list that the workspace does not define.");
            }
        }

        workspace.DefaultListIds = options.DefaultListIds.Distinct(StringComparer.Ordinal).ToArray();
        if (!_workspaces.TryAdd(workspace))
        {
            throw new SequenzyControlException(StatusCodes.Status409Conflict, $"A workspace with id '{id}' or the same API key already exists.");
        }

        return SequenzyViews.Workspace(workspace);
    }

    /// <summary>Another key for the workspace (e.g. one lacking a scope, to provoke 403).</summary>
    public SequenzyWorkspaceInfo AddApiKey(string workspaceId, string? apiKey, IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var workspace = _workspaces.FindById(workspaceId ?? string.Empty)
            ?? throw new SequenzyControlException(StatusCodes.Status404NotFound, $"No Sequenzy workspace with id '{workspaceId}'.");
        var key = apiKey ?? NewApiKey();
        RequireToken(key, "apiKey");
        if (!_workspaces.TryAddKey(workspace, new SequenzyApiKey(key, Scopes(scopes))))
        {
            throw new SequenzyControlException(StatusCodes.Status409Conflict, "This API key is already in use.");
        }

        return GetWorkspace(workspace.Id);
    }

    public IReadOnlyList<SequenzyWorkspaceInfo> ListWorkspaces()
    {
        var result = new List<SequenzyWorkspaceInfo>();
        foreach (var workspace in _workspaces.All())
        {
            lock (workspace.Gate)
            {
                result.Add(SequenzyViews.Workspace(workspace));
            }
        }

        return result;
    }

    public SequenzyWorkspaceInfo GetWorkspace(string workspaceId) => Locked(workspaceId, SequenzyViews.Workspace);

    public SequenzyListInfo AddList(string workspaceId, SequenzyListOptions options, bool isDefault)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Locked(workspaceId, workspace =>
        {
            var list = NewList(workspace, options, _runtime.Clock.GetUtcNow());
            workspace.Lists.Add(list);
            if (isDefault)
            {
                workspace.DefaultListIds = [.. workspace.DefaultListIds, list.Id];
            }

            return SequenzyViews.List(list);
        });
    }

    public SequenzyWorkspaceInfo Configure(string workspaceId, bool? doubleOptIn, bool? failSends) => Locked(workspaceId, workspace =>
    {
        workspace.DoubleOptIn = doubleOptIn ?? workspace.DoubleOptIn;
        workspace.FailSends = failSends ?? workspace.FailSends;
        return SequenzyViews.Workspace(workspace);
    });

    /// <summary>Every subscriber of the workspace in creation order.</summary>
    public IReadOnlyList<SequenzySubscriberInfo> ListSubscribers(string workspaceId) => Locked(workspaceId, workspace =>
    {
        var subscribers = new List<SequenzySubscriber>(workspace.ById.Values);
        subscribers.Sort((left, right) => left.Sequence.CompareTo(right.Sequence));
        return (IReadOnlyList<SequenzySubscriberInfo>)subscribers.ConvertAll(SequenzyViews.Subscriber);
    });

    public SequenzySubscriberInfo? FindSubscriber(string workspaceId, string email) => Locked(workspaceId, workspace =>
        EmailAddress.TryNormalize(email) is { } normalized && workspace.ByEmail.TryGetValue(normalized, out var subscriber) ? SequenzyViews.Subscriber(subscriber) : null);

    /// <summary>The confirmation link is clicked, found by its token or by the subscriber's email.</summary>
    public SequenzySubscriberInfo ConfirmOptIn(string workspaceId, string? email, string? token) => Locked(workspaceId, workspace =>
    {
        var subscriber = token is not null ? FindByToken(workspace, token) : FindByEmail(workspace, email);
        if (subscriber.PendingOptIn is null || (token is not null && subscriber.PendingOptIn.Token != token))
        {
            throw new SequenzyControlException(StatusCodes.Status409Conflict, "The subscriber has no pending double opt-in confirmation.");
        }

        var tx = _runtime.Begin(workspace);
        var confirmed = subscriber.Clone();
        ConsentRules.Confirm(tx, confirmed);
        tx.Put(confirmed);
        tx.Commit();
        return SequenzyViews.Subscriber(confirmed);
    });

    /// <summary>The unsubscribe link of an email is clicked: the global unsubscribe.</summary>
    public SequenzySubscriberInfo ClickUnsubscribeLink(string workspaceId, string? email) => Locked(workspaceId, workspace =>
    {
        var subscriber = FindByEmail(workspace, email).Clone();
        var tx = _runtime.Begin(workspace);
        ConsentRules.Unsubscribe(tx, subscriber);
        tx.Put(subscriber);
        tx.Commit();
        return SequenzyViews.Subscriber(subscriber);
    });

    public SequenzyImportInfo GetImport(string workspaceId, string importId) => Locked(workspaceId, workspace =>
        workspace.Imports.TryGetValue(importId, out var import)
            ? SequenzyViews.Import(import)
            : throw new SequenzyControlException(StatusCodes.Status404NotFound, "The workspace has no import with this id."));

    private T Locked<T>(string workspaceId, Func<SequenzyWorkspace, T> action)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        var workspace = _workspaces.FindById(workspaceId)
            ?? throw new SequenzyControlException(StatusCodes.Status404NotFound, $"No Sequenzy workspace with id '{workspaceId}'.");
        lock (workspace.Gate)
        {
            try
            {
                return action(workspace);
            }
            catch (SequenzyRequestException exception)
            {
                throw new SequenzyControlException(exception.Status, exception.Message);
            }
        }
    }

    private SequenzyList NewList(SequenzyWorkspace workspace, SequenzyListOptions options, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            throw new SequenzyControlException(StatusCodes.Status400BadRequest, "A list needs a name.");
        }

        var id = options.Id ?? _runtime.Ids.NextListId();
        RequireToken(id, "list id");
        if (workspace.FindList(id) is not null)
        {
            throw new SequenzyControlException(StatusCodes.Status409Conflict, $"The workspace already has a list with id '{id}'.");
        }

        return new SequenzyList(id, options.Name.Trim(), options.Description, options.IsPrivate, now);
    }

    private static SequenzySubscriber FindByEmail(SequenzyWorkspace workspace, string? email)
    {
        var normalized = EmailAddress.TryNormalize(email)
            ?? throw new SequenzyControlException(StatusCodes.Status400BadRequest, "A valid email (or a token) is required.");
        return workspace.ByEmail.GetValueOrDefault(normalized)
            ?? throw new SequenzyControlException(StatusCodes.Status404NotFound, "The workspace has no subscriber with this email.");
    }

    private static SequenzySubscriber FindByToken(SequenzyWorkspace workspace, string token)
    {
        foreach (var subscriber in workspace.ById.Values)
        {
            if (subscriber.PendingOptIn?.Token == token)
            {
                return subscriber;
            }
        }

        throw new SequenzyControlException(StatusCodes.Status404NotFound, "No pending confirmation has this token.");
    }

    private static string NewApiKey() => "sk_live_sim_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    /// <summary>The given scopes, checked; none given means all of them.</summary>
    private static string[] Scopes(IEnumerable<string> requested)
    {
        var scopes = requested.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var scope in scopes)
        {
            if (Array.IndexOf(SequenzyScopes.All, scope) < 0)
            {
                throw new SequenzyControlException(StatusCodes.Status400BadRequest, $"Unknown scope '{scope}'; known: {string.Join(", ", SequenzyScopes.All)}.");
            }
        }

        return scopes.Length == 0 ? SequenzyScopes.All : scopes;
    }

    private static void RequireToken(string value, string name)
    {
        if (value.Length is 0 or > 200 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == '/'))
        {
            throw new SequenzyControlException(StatusCodes.Status400BadRequest, $"The {name} must be 1 to 200 characters without spaces or '/'.");
        }
    }
}
