using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines.Sequenzy.Model;

namespace SubscriberSimulator.Engines.Sequenzy.Rules;

/// <summary>
/// A workspace's configuration, which Sequenzy's API cannot change: its API keys and their
/// scopes, its lists and default lists, the double opt-in setting, its sequences (authored in
/// Sequenzy's dashboard) and system tags.
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

    /// <summary>A sequence with its trigger step and the given steps; the tags it references get definitions.</summary>
    public static SequenzySequence AddSequence(WorkspaceChanges changes, SequenzySequenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workspace = changes.Workspace;
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            throw RequestRefusedException.BadRequest("A sequence needs a name.");
        }

        if (options.TriggerEvent is not null && options.TriggerTag is not null)
        {
            throw RequestRefusedException.BadRequest("A sequence has one trigger: triggerEvent or triggerTag, not both.");
        }

        if (options.Steps.Count == 0)
        {
            throw RequestRefusedException.BadRequest("A sequence needs at least one step after its trigger.");
        }

        var id = options.Id ?? changes.Ids.NextSequenceId();
        RequireToken(id, "sequence id");
        if (workspace.FindSequence(id) is not null)
        {
            throw RequestRefusedException.Conflict($"The workspace already has a sequence with id '{id}'.");
        }

        var nodes = new List<SequenceNode> { new("node_trigger", SequenceNode.TriggerType, options.TriggerEvent ?? options.TriggerTag ?? "Manual enrolment", null) };
        foreach (var step in options.Steps)
        {
            nodes.Add(Step(step, nodes));
        }

        var triggerTag = options.TriggerTag is { } tag ? TagNormalizer.NormalizeAll([tag], "triggerTag")[0] : null;
        var stopTags = TagNormalizer.NormalizeAll([.. options.StopTags], "stopTags");
        changes.EnsureTags(triggerTag is null ? stopTags : [triggerTag, .. stopTags]);
        var sequence = new SequenzySequence(
            id, options.Name.Trim(), options.Enabled, options.EnrollmentPaused, options.TriggerEvent, triggerTag, stopTags, [.. nodes], changes.Now);
        changes.Work.OnCommit(() => workspace.Sequences.Add(sequence));
        return sequence;
    }

    /// <summary>A tag definition, possibly a system tag (which only Sequenzy itself creates); the name is normalised, the colour checked.</summary>
    public static TagDefinition AddTag(WorkspaceChanges changes, string? name, string? color, bool isSystem)
    {
        var normalized = name is null ? null : TagNormalizer.Normalize(name);
        if (normalized is null)
        {
            throw RequestRefusedException.BadRequest("A tag needs a name with letters or digits.");
        }

        if (color is not null && !TagColors.IsKnown(color))
        {
            throw RequestRefusedException.BadRequest($"color must be one of: {string.Join(", ", TagColors.All)}.");
        }

        return TagDefinitionRules.Create(changes, normalized, color, isSystem);
    }

    public static void SetDoubleOptIn(WorkspaceChanges changes, bool enabled)
    {
        var workspace = changes.Workspace;
        changes.Work.OnCommit(() => workspace.DoubleOptIn = enabled);
    }

    private static SequenceNode Step(SequenzySequenceStepOptions step, List<SequenceNode> before)
    {
        var id = step.Id ?? "node_" + before.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        RequireToken(id, "step id");
        if (before.Exists(node => node.Id == id))
        {
            throw RequestRefusedException.BadRequest($"The sequence has two steps with id '{id}'.");
        }

        if (step.Type == SequenceNode.TriggerType || Array.IndexOf(SequenceNode.Types, step.Type) < 0)
        {
            throw RequestRefusedException.BadRequest("A step's type must be one of: action_email, action_tag, delay.");
        }

        if ((step.Type == SequenceNode.DelayType) != step.DelayMinutes is > 0)
        {
            throw RequestRefusedException.BadRequest("A delay step needs delayMinutes of 1 or more, and only a delay step has them.");
        }

        return new SequenceNode(id, step.Type, step.Label, step.DelayMinutes);
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
