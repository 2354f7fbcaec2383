using System.Text.Json.Nodes;
using SubscriberSimulator.Core;
using SubscriberSimulator.Core.Http;
using SubscriberSimulator.Core.Outbox;
using SubscriberSimulator.Core.RateLimiting;
using SubscriberSimulator.Core.Validation;
using SubscriberSimulator.Engines.Sequenzy.Control;
using SubscriberSimulator.Engines.Sequenzy.Domain;
using SubscriberSimulator.Engines.Sequenzy.Http;
using SubscriberSimulator.Engines.Sequenzy.Rules;
using SubscriberSimulator.Engines.Sequenzy.State;

namespace SubscriberSimulator.Engines.Sequenzy;

/// <summary>
/// The Sequenzy v1 simulator under <c>/sequenzy/api/v1</c>: upsert-style create with
/// duplicateStrategy and optInMode (double opt-in held until the link click), get / update /
/// delete / list, tags, idempotent imports and lists, with Bearer API keys (one workspace each),
/// <c>{"success": false, "error": ...}</c> errors and 100 requests per minute (20 per second) per key.
/// The public methods are the C# form of the <c>/__sim/sequenzy</c> controls; they throw
/// <see cref="SequenzyControlException"/>.
/// </summary>
public sealed class SequenzyEngine : IProviderEngine
{
    public const string EngineId = "sequenzy";
    public const string Prefix = "/sequenzy";
    public const string DemoWorkspaceId = "sequenzy-demo";
    public const string DemoApiKey = "sk_live_sequenzy_demo";
    public const string DemoListId = "list_newsletter";

    private readonly WorkspaceRegistry _workspaces = new();
    private readonly SequenzyRuntime _runtime;
    private readonly SequenzyPipeline _pipeline;
    private readonly SequenzyControlService _control;

    public SequenzyEngine(SimulatorClock clock, Outbox outbox, RateLimiter limiter, RequestBodyReader bodies, SpecValidator validator)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(outbox);
        _runtime = new SequenzyRuntime(clock, outbox);
        _pipeline = new SequenzyPipeline(this, _workspaces, limiter, bodies, validator);
        _control = new SequenzyControlService(_workspaces, _runtime);
    }

    public string Id => EngineId;

    public string PathPrefix => Prefix;

    public string StateKey => EngineId;

    public void MapEndpoints(IEndpointRouteBuilder providerRoutes)
    {
        new SubscriberEndpoints(_pipeline, _runtime).Map(providerRoutes);
        new TagEndpoints(_pipeline, _runtime).Map(providerRoutes);
        new ImportEndpoints(_pipeline, _runtime).Map(providerRoutes);
        new ListEndpoints(_pipeline, _runtime).Map(providerRoutes);
    }

    public void MapControlEndpoints(IEndpointRouteBuilder controlRoutes) => new SequenzyControlEndpoints(_control).Map(controlRoutes);

    public Task WriteErrorAsync(HttpContext context, int status, string message, CancellationToken ct) =>
        SequenzyResponse.Error(status, message).WriteAsync(context, ct);

    public IReadOnlyList<string> SeedDemo()
    {
        if (_workspaces.FindById(DemoWorkspaceId) is null)
        {
            var options = new SequenzyWorkspaceOptions { Id = DemoWorkspaceId, ApiKey = DemoApiKey };
            options.Lists.Add(new SequenzyListOptions { Id = DemoListId, Name = "Newsletter", Description = "Monthly product news" });
            options.Lists.Add(new SequenzyListOptions { Id = "list_beta", Name = "Beta testers" });
            options.DefaultListIds.Add(DemoListId);
            CreateWorkspace(options);
        }

        return
        [
            $"Sequenzy: base path {Prefix}/api/v1, header 'Authorization: Bearer {DemoApiKey}' (workspace {DemoWorkspaceId}, double opt-in off).",
            $"Sequenzy: lists {DemoListId} 'Newsletter' (default) and list_beta 'Beta testers'; controls under /__sim/sequenzy/workspaces/{DemoWorkspaceId}.",
        ];
    }

    // ---- C# API: the same operations as the /__sim/sequenzy controls.

    public SequenzyWorkspaceInfo CreateWorkspace(SequenzyWorkspaceOptions? options = null) => _control.CreateWorkspace(options ?? new SequenzyWorkspaceOptions());

    public IReadOnlyList<SequenzyWorkspaceInfo> ListWorkspaces() => _control.ListWorkspaces();

    /// <summary>Adds a key (generated when null) with only the given scopes (none: all), e.g. to provoke 403.</summary>
    public SequenzyWorkspaceInfo AddApiKey(string workspaceId, string? apiKey, params string[] scopes) => _control.AddApiKey(workspaceId, apiKey, scopes);

    public SequenzyWorkspaceInfo GetWorkspace(string workspaceId) => _control.GetWorkspace(workspaceId);

    public SequenzyListInfo AddList(string workspaceId, SequenzyListOptions list, bool isDefault = false) => _control.AddList(workspaceId, list, isDefault);

    public SequenzyWorkspaceInfo SetDoubleOptIn(string workspaceId, bool enabled) => _control.Configure(workspaceId, enabled, null);

    /// <summary>When on, every request of the workspace that would send an email fails with 500 and changes nothing.</summary>
    public SequenzyWorkspaceInfo SetSendFailure(string workspaceId, bool enabled) => _control.Configure(workspaceId, null, enabled);

    /// <summary>Every subscriber of the workspace, oldest first (no paging).</summary>
    public IReadOnlyList<SequenzySubscriberInfo> ListSubscribers(string workspaceId) => _control.ListSubscribers(workspaceId);

    public SequenzySubscriberInfo? FindSubscriber(string workspaceId, string email) => _control.FindSubscriber(workspaceId, email);

    /// <summary>The subscriber clicks the confirmation link (found by token, else by email): active, held tags and lists applied.</summary>
    public SequenzySubscriberInfo ConfirmOptIn(string workspaceId, string? email = null, string? token = null) => _control.ConfirmOptIn(workspaceId, email, token);

    /// <summary>The subscriber clicks an email's unsubscribe link: the global unsubscribe.</summary>
    public SequenzySubscriberInfo ClickUnsubscribeLink(string workspaceId, string email) => _control.ClickUnsubscribeLink(workspaceId, email);

    public SequenzyImportInfo GetImport(string workspaceId, string importId) => _control.GetImport(workspaceId, importId);

    public JsonNode ExportState() => SequenzyStateSerializer.Export(_workspaces, _runtime.Ids);

    public void ImportState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (workspaces, counters) = SequenzyStateSerializer.Read(state);
        _workspaces.Clear();
        foreach (var workspace in workspaces)
        {
            if (!_workspaces.TryAdd(workspace))
            {
                throw new InvalidDataException($"The Sequenzy state has two workspaces with id '{workspace.Id}' or the same API key.");
            }
        }

        _runtime.Ids.Import(counters);
    }

    public void Reset()
    {
        _workspaces.Clear();
        _runtime.Ids.Reset();
    }
}
