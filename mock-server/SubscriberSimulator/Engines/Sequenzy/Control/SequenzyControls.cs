using System.Text.Json;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// Sequenzy's part of /__sim/sequenzy: workspaces with their key, scopes, double opt-in setting,
/// lists and default lists (POST /tenants), what the API cannot change (settings, lists, more keys,
/// sequences, system tags), the subscriber's clicks (confirmation link, unsubscribe link) and
/// inspection (stored subscribers with what the API does not show, an import's per-record outcomes,
/// sequences, tag definitions, notes, recorded events). Bodies are camelCase, strict.
/// </summary>
internal sealed class SequenzyControls(TimeProvider clock) : IEngineControls<SequenzyWorkspace>
{
    private const string Workspace = ControlRoutes<SequenzyWorkspace>.TenantPath;

    public void Map(ControlRoutes<SequenzyWorkspace> routes) => routes
        .Patch(Workspace, Configure)
        .Post(Workspace + "/lists", AddList)
        .Post(Workspace + "/api-keys", AddApiKey)
        .Get(Workspace + "/subscribers", ListSubscribers)
        .Post(Workspace + "/confirm-opt-in", ConfirmOptIn)
        .Post(Workspace + "/unsubscribe-link", ClickUnsubscribeLink)
        .Get(Workspace + "/imports/{import_id}", GetImport)
        .Post(Workspace + "/sequences", AddSequence)
        .Get(Workspace + "/sequences", static call => Inspect(call, SequenzyViews.Sequences))
        .Post(Workspace + "/tags", AddTag)
        .Get(Workspace + "/tags", static call => Inspect(call, SequenzyViews.Tags))
        .Get(Workspace + "/notes", static call => Inspect(call, SequenzyViews.Notes))
        .Get(Workspace + "/events", static call => Inspect(call, SequenzyViews.Events));

    public ProviderResponse CreateTenant(ControlCall<SequenzyWorkspace> call)
    {
        var (workspace, apiKey) = WorkspaceRules.NewWorkspace(ControlRequests.Options(ControlJson.Read<CreateWorkspaceRequest>(call.Body)), clock.GetUtcNow());
        call.Tenants.Add(workspace, apiKey);
        return Describe(201, workspace);
    }

    public void WriteSummary(Utf8JsonWriter writer, SequenzyWorkspace tenant) => ControlJson.Write(writer, SequenzyViews.Workspace(tenant));

    public void WriteDescription(Utf8JsonWriter writer, SequenzyWorkspace tenant) => ControlJson.Write(writer, SequenzyViews.Workspace(tenant));

    private static ProviderResponse Configure(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<ConfigureWorkspaceRequest>(call.Body);
        using var work = call.BeginWork();
        if (request.DoubleOptIn is { } doubleOptIn)
        {
            WorkspaceRules.SetDoubleOptIn(new WorkspaceChanges(work, apiKey: null), doubleOptIn);
        }

        work.Commit();
        return Describe(200, call.Tenant);
    }

    private static ProviderResponse AddList(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<AddListRequest>(call.Body);
        using var work = call.BeginWork();
        var list = WorkspaceRules.AddList(new WorkspaceChanges(work, apiKey: null), ControlRequests.Options(request), request.Default ?? false);
        work.Commit();
        return ControlJson.Answer(201, SequenzyViews.List(list));
    }

    private static ProviderResponse AddApiKey(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<AddApiKeyRequest>(call.Body);
        WorkspaceRules.AddApiKey(call.Tenants, call.Tenant, request.ApiKey, request.Scopes ?? []);
        return Describe(201, call.Tenant);
    }

    private static ProviderResponse ListSubscribers(ControlCall<SequenzyWorkspace> call) => Inspect(call, SequenzyViews.Subscribers);

    private static ProviderResponse AddSequence(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<AddSequenceRequest>(call.Body);
        using var work = call.BeginWork();
        var sequence = WorkspaceRules.AddSequence(new WorkspaceChanges(work, apiKey: null), ControlRequests.Options(request));
        work.Commit();
        return ControlJson.Answer(201, SequenzyViews.Sequence(sequence));
    }

    private static ProviderResponse AddTag(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<AddTagDefinitionRequest>(call.Body);
        using var work = call.BeginWork();
        var tag = WorkspaceRules.AddTag(new WorkspaceChanges(work, apiKey: null), request.Name, request.Color, request.IsSystem ?? false);
        work.Commit();
        return ControlJson.Answer(201, SequenzyViews.Tag(tag));
    }

    /// <summary>A read of the workspace under its lock, answered as it is.</summary>
    private static ProviderResponse Inspect<T>(ControlCall<SequenzyWorkspace> call, Func<SequenzyWorkspace, T> read)
    {
        lock (call.Tenant.Gate)
        {
            return ControlJson.Answer(200, read(call.Tenant));
        }
    }

    private static ProviderResponse ConfirmOptIn(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<ConsentRequest>(call.Body);
        using var work = call.BeginWork();
        var confirmed = ConsentRules.ClickConfirmation(new WorkspaceChanges(work, apiKey: null), request.Email, request.Token);
        work.Commit();
        return ControlJson.Answer(200, SequenzyViews.Subscriber(confirmed));
    }

    private static ProviderResponse ClickUnsubscribeLink(ControlCall<SequenzyWorkspace> call)
    {
        var request = ControlJson.Read<ConsentRequest>(call.Body);
        using var work = call.BeginWork();
        var unsubscribed = ConsentRules.ClickUnsubscribe(new WorkspaceChanges(work, apiKey: null), request.Email);
        work.Commit();
        return ControlJson.Answer(200, SequenzyViews.Subscriber(unsubscribed));
    }

    private static ProviderResponse GetImport(ControlCall<SequenzyWorkspace> call)
    {
        lock (call.Tenant.Gate)
        {
            return ControlJson.Answer(200, SequenzyViews.Import(ImportRules.Find(call.Tenant, call.Route["import_id"])));
        }
    }

    private static ProviderResponse Describe(int status, SequenzyWorkspace workspace)
    {
        lock (workspace.Gate)
        {
            return ControlJson.Answer(status, SequenzyViews.Workspace(workspace));
        }
    }
}
