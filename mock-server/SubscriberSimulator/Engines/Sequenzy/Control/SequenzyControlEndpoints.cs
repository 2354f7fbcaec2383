using System.Text.Json;
using System.Text.Json.Serialization;
using SubscriberSimulator.Hosting;

namespace SubscriberSimulator.Engines.Sequenzy.Control;

/// <summary>
/// <c>/__sim/sequenzy</c>: create and inspect workspaces (API key, double opt-in, lists, default
/// lists), list subscribers, click a confirmation or unsubscribe link, make sends fail, read an
/// import's per-record outcomes. Errors use the admin API's error body.
/// </summary>
internal sealed class SequenzyControlEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNameCaseInsensitive = false,
    };

    private readonly SequenzyControlService _control;

    public SequenzyControlEndpoints(SequenzyControlService control)
    {
        _control = control;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/workspaces", context => Run<CreateWorkspaceRequest>(context, StatusCodes.Status201Created, body => _control.CreateWorkspace(ToOptions(body))));
        routes.MapGet("/workspaces", context => Run(context, () => _control.ListWorkspaces()));
        routes.MapGet("/workspaces/{id}", context => Run(context, () => _control.GetWorkspace(Id(context))));
        routes.MapPatch("/workspaces/{id}", context => Run<ConfigureWorkspaceRequest>(context, StatusCodes.Status200OK, body => _control.Configure(Id(context), body.DoubleOptIn, body.FailSends)));
        routes.MapPost("/workspaces/{id}/lists", context => Run<AddListRequest>(context, StatusCodes.Status201Created, body => _control.AddList(Id(context), ToOptions(body), body.Default ?? false)));
        routes.MapPost("/workspaces/{id}/api-keys", context => Run<AddApiKeyRequest>(context, StatusCodes.Status201Created, body => _control.AddApiKey(Id(context), body.ApiKey, body.Scopes ?? [])));
        routes.MapGet("/workspaces/{id}/subscribers", context => Run(context, () => _control.ListSubscribers(Id(context))));
        routes.MapPost("/workspaces/{id}/confirm-opt-in", context => Run<ConsentRequest>(context, StatusCodes.Status200OK, body => _control.ConfirmOptIn(Id(context), body.Email, body.Token)));
        routes.MapPost("/workspaces/{id}/unsubscribe-link", context => Run<ConsentRequest>(context, StatusCodes.Status200OK, body => _control.ClickUnsubscribeLink(Id(context), body.Email)));
        routes.MapGet("/workspaces/{id}/imports/{importId}", context => Run(context, () => _control.GetImport(Id(context), context.Request.RouteValues["importId"] as string ?? string.Empty)));
    }

    private static string Id(HttpContext context) => context.Request.RouteValues["id"] as string ?? string.Empty;

    private static SequenzyWorkspaceOptions ToOptions(CreateWorkspaceRequest body)
    {
        var options = new SequenzyWorkspaceOptions { Id = body.Id, ApiKey = body.ApiKey, DoubleOptIn = body.DoubleOptIn ?? false };
        foreach (var scope in body.Scopes ?? [])
        {
            options.Scopes.Add(scope);
        }

        foreach (var list in body.Lists ?? [])
        {
            options.Lists.Add(ToOptions(list));
        }

        foreach (var listId in body.DefaultListIds ?? [])
        {
            options.DefaultListIds.Add(listId);
        }

        return options;
    }

    private static SequenzyListOptions ToOptions(AddListRequest list) =>
        new() { Id = list.Id, Name = list.Name ?? string.Empty, Description = list.Description, IsPrivate = list.IsPrivate ?? false };

    private static async Task Run<TBody>(HttpContext context, int status, Func<TBody, object> action)
    {
        var node = await AdminJson.ReadObjectAsync(context, allowEmpty: true).ConfigureAwait(false);
        if (node is null)
        {
            return;
        }

        TBody? body;
        try
        {
            body = node.Deserialize<TBody>(Json);
        }
        catch (JsonException exception)
        {
            await AdminJson.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Invalid control request", exception.Message).ConfigureAwait(false);
            return;
        }

        await Run(context, () => action(body!), status).ConfigureAwait(false);
    }

    private static async Task Run(HttpContext context, Func<object> action, int status = StatusCodes.Status200OK)
    {
        object result;
        try
        {
            result = action();
        }
        catch (SequenzyControlException exception)
        {
            await AdminJson.WriteErrorAsync(context, exception.Status, exception.Message).ConfigureAwait(false);
            return;
        }

        await AdminJson.WriteAsync(context, status, JsonSerializer.SerializeToNode(result, result.GetType(), Json)).ConfigureAwait(false);
    }
}
