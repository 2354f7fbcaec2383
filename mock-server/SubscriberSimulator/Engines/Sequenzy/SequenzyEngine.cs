using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Pipeline;
using SubscriberSimulator.Core.Tenants;
using SubscriberSimulator.Engines.Sequenzy.Api;
using SubscriberSimulator.Engines.Sequenzy.Control;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;
using SubscriberSimulator.Engines.Sequenzy.State;

namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>
/// The simulated Sequenzy v1 API under <c>/sequenzy/api/v1</c>: upsert-style create with
/// duplicateStrategy and optInMode (double opt-in held until the link click, one confirmation
/// email per contact per 10 minutes), get / update / delete / list, tags and tag definitions,
/// events with the built-in sync rules, notes, idempotent imports, lists, and sequence enrolments, with Bearer API keys carrying scopes (one
/// workspace each), <c>{"success": false, "error": ...}</c> errors and 100 requests per minute (20
/// per second) per key. Its controls are under <c>/__sim/sequenzy</c>; the public methods are
/// their C# form and report what a control would refuse as an <see cref="ArgumentException"/>.
/// Built on the engine kit (ARCHITECTURE.md): Api/ holds the dialect and the routes, Rules/ the
/// behaviour, Model/ the workspace's data, Control/ the controls, State/ the state file.
/// </summary>
public sealed class SequenzyEngine : KitEngine
{
    /// <summary>The engine id, also the outbox provider name and the rate-limit provider key.</summary>
    public const string EngineId = "sequenzy";
    public const string Prefix = "/sequenzy";
    public const string DemoWorkspaceId = "sequenzy-demo";
    public const string DemoApiKey = "sk_live_sequenzy_demo";
    public const string DemoListId = "list_newsletter";
    public const string DemoSequenceId = "seq_onboarding";

    private readonly SimulatorClock _clock;
    private readonly TenantStore<SequenzyWorkspace> _workspaces;

    public SequenzyEngine(EngineServices services)
        : this(services, new TenantStore<SequenzyWorkspace>(SequenzyDialect.Instance, services))
    {
    }

    // Two constructors so the store exists before the base call and stays at hand for the C# API.
    private SequenzyEngine(EngineServices services, TenantStore<SequenzyWorkspace> workspaces)
        : base(new EngineKit<SequenzyWorkspace>(
            Prefix, SequenzyDialect.Instance, workspaces, new SequenzyApi(), new SequenzyControls(services.Clock), new SequenzyStateSerializer(), services))
    {
        _clock = services.Clock;
        _workspaces = workspaces;
    }

    public override IReadOnlyList<string> SeedDemo() => SequenzyDemoSeed.Seed(this);

    /// <summary>True when a workspace with this id exists.</summary>
    public bool HasWorkspace(string workspaceId) => _workspaces.Contains(workspaceId);

    /// <summary>Creates a workspace (tenant); its id and API key are generated when not given.</summary>
    public SequenzyWorkspaceInfo CreateWorkspace(SequenzyWorkspaceOptions? options = null) => Seed(() =>
    {
        var (workspace, apiKey) = WorkspaceRules.NewWorkspace(options ?? new SequenzyWorkspaceOptions(), _clock.GetUtcNow());
        _workspaces.Add(workspace, apiKey);
        return Describe(workspace);
    });

    /// <summary>Every workspace, oldest first.</summary>
    public IReadOnlyList<SequenzyWorkspaceInfo> ListWorkspaces() => [.. _workspaces.All().Select(Describe)];

    public SequenzyWorkspaceInfo GetWorkspace(string workspaceId) => Seed(() => Describe(_workspaces.Get(workspaceId)));

    /// <summary>Adds a key (generated when null) with only the given scopes (none: all), e.g. to provoke 403.</summary>
    public SequenzyWorkspaceInfo AddApiKey(string workspaceId, string? apiKey, params string[] scopes) => Seed(() =>
    {
        var workspace = _workspaces.Get(workspaceId);
        WorkspaceRules.AddApiKey(_workspaces, workspace, apiKey, scopes);
        return Describe(workspace);
    });

    public SequenzyListInfo AddList(string workspaceId, SequenzyListOptions list, bool isDefault = false) =>
        Change(workspaceId, changes => SequenzyViews.List(WorkspaceRules.AddList(changes, list, isDefault)));

    public SequenzyWorkspaceInfo SetDoubleOptIn(string workspaceId, bool enabled)
    {
        Change(workspaceId, changes =>
        {
            WorkspaceRules.SetDoubleOptIn(changes, enabled);
            return true;
        });
        return GetWorkspace(workspaceId);
    }

    /// <summary>When on, every request of the workspace that would send an email fails with 500 and changes nothing.</summary>
    public SequenzyWorkspaceInfo SetSendFailure(string workspaceId, bool enabled) => Seed(() =>
    {
        var workspace = _workspaces.Get(workspaceId);
        _workspaces.SetSendFailure(workspace, enabled ? SendFailure.Always : SendFailure.None);
        return Describe(workspace);
    });

    /// <summary>Every subscriber of the workspace, oldest first (no paging).</summary>
    public IReadOnlyList<SequenzySubscriberInfo> ListSubscribers(string workspaceId) => Read(workspaceId, SequenzyViews.Subscribers);

    public SequenzySubscriberInfo? FindSubscriber(string workspaceId, string email) => Read(workspaceId, workspace =>
        EmailAddress.TryNormalize(email) is { } normalized && workspace.ByEmail.TryGetValue(normalized, out var subscriber) ? SequenzyViews.Subscriber(subscriber) : null);

    /// <summary>The subscriber clicks the confirmation link (found by token, else by email): active, held tags and lists applied.</summary>
    public SequenzySubscriberInfo ConfirmOptIn(string workspaceId, string? email = null, string? token = null) =>
        Change(workspaceId, changes => SequenzyViews.Subscriber(ConsentRules.ClickConfirmation(changes, email, token)));

    /// <summary>The subscriber clicks an email's unsubscribe link: the global unsubscribe.</summary>
    public SequenzySubscriberInfo ClickUnsubscribeLink(string workspaceId, string email) =>
        Change(workspaceId, changes => SequenzyViews.Subscriber(ConsentRules.ClickUnsubscribe(changes, email)));

    /// <summary>Seeds a sequence (Sequenzy's sequences are authored in its dashboard, outside the API).</summary>
    public SequenzySequenceInfo AddSequence(string workspaceId, SequenzySequenceOptions sequence) =>
        Change(workspaceId, changes => SequenzyViews.Sequence(WorkspaceRules.AddSequence(changes, sequence)));

    public IReadOnlyList<SequenzySequenceInfo> ListSequences(string workspaceId) => Read(workspaceId, SequenzyViews.Sequences);

    /// <summary>Seeds a tag definition; <paramref name="isSystem"/> makes one of Sequenzy's own, which the API cannot change or delete.</summary>
    public SequenzyTagInfo AddTagDefinition(string workspaceId, string name, string? color = null, bool isSystem = false) =>
        Change(workspaceId, changes => SequenzyViews.Tag(WorkspaceRules.AddTag(changes, name, color, isSystem)));

    /// <summary>Every tag definition, by name.</summary>
    public IReadOnlyList<SequenzyTagInfo> ListTagDefinitions(string workspaceId) => Read(workspaceId, SequenzyViews.Tags);

    public IReadOnlyList<SequenzyNoteInfo> ListNotes(string workspaceId) => Read(workspaceId, SequenzyViews.Notes);

    /// <summary>Every recorded event, in recording order.</summary>
    public IReadOnlyList<SequenzyEventInfo> ListEvents(string workspaceId) => Read(workspaceId, SequenzyViews.Events);

    /// <summary>An import with its per-record outcomes (the API only shows the counts).</summary>
    public SequenzyImportInfo GetImport(string workspaceId, string importId) =>
        Read(workspaceId, workspace => SequenzyViews.Import(ImportRules.Find(workspace, importId)));

    private static SequenzyWorkspaceInfo Describe(SequenzyWorkspace workspace)
    {
        lock (workspace.Gate)
        {
            return SequenzyViews.Workspace(workspace);
        }
    }

    /// <summary>Reads one workspace under its lock, as a control would.</summary>
    private T Read<T>(string workspaceId, Func<SequenzyWorkspace, T> read) => Seed(() =>
    {
        var workspace = _workspaces.Get(workspaceId);
        lock (workspace.Gate)
        {
            return read(workspace);
        }
    });

    /// <summary>Runs a rule on one workspace in a unit of work of its own and commits it, as a control would.</summary>
    private T Change<T>(string workspaceId, Func<WorkspaceChanges, T> change) => Seed(() =>
    {
        using var work = _workspaces.BeginWork(_workspaces.Get(workspaceId), CancellationToken.None);
        var result = change(new WorkspaceChanges(work, apiKey: null));
        work.Commit();
        return result;
    });

    /// <summary>The C# API reports what a control would refuse as an <see cref="ArgumentException"/>.</summary>
    private static T Seed<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (RequestRefusedException refusal)
        {
            throw new ArgumentException(refusal.Message, refusal);
        }
    }
}
