using System.Text.Json;
using SubscriberSimulator.Core.Control;
using SubscriberSimulator.Core.Requests;
using SubscriberSimulator.Engines.Sequenzy.Model;
using SubscriberSimulator.Engines.Sequenzy.Rules;

namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// Sequenzy's part of /__sim/sequenzy: workspaces with their key, scopes, double opt-in setting,
/// lists and default lists (POST /tenants), what the API cannot change (settings, lists, more keys),
/// the subscriber's clicks (confirmation link, unsubscribe link) and inspection (stored subscribers
/// with what the API does not show, an import's per-record outcomes). Bodies are camelCase, strict.
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
        .Get(Workspace + "/imports/{import_id}", GetImport);

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

    private static ProviderResponse ListSubscribers(ControlCall<SequenzyWorkspace> call)
    {
        lock (call.Tenant.Gate)
        {
            return ControlJson.Answer(200, SequenzyViews.Subscribers(call.Tenant));
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
